/**
 * The plugin list the preset was built from: remark-lint's presets and rules as published. It is
 * the reference the preset is compared with (`equivalence.test.ts`) and timed against
 * (`scripts/time-rules.mjs`), so it lives once, here.
 */
import remarkLintFencedCodeFlag from 'remark-lint-fenced-code-flag';
import remarkLintHeadingIncrement from 'remark-lint-heading-increment';
import remarkLintHeadingStyle from 'remark-lint-heading-style';
import remarkLintNoHeadingPunctuation from 'remark-lint-no-heading-punctuation';
import remarkLintNoTrailingSpaces from 'remark-lint-no-trailing-spaces';
import remarkPresetLintConsistent from 'remark-preset-lint-consistent';
import remarkPresetLintRecommended from 'remark-preset-lint-recommended';
import type { PluggableList } from 'unified';

/** `headingPunctuation` is the preset's own setting, passed in from the build being compared. */
export function upstreamLintPlugins(headingPunctuation: string): PluggableList {
  return [
    remarkPresetLintRecommended,
    remarkPresetLintConsistent,
    [remarkLintHeadingStyle, 'atx'],
    remarkLintHeadingIncrement,
    remarkLintFencedCodeFlag,
    remarkLintNoTrailingSpaces,
    [remarkLintNoHeadingPunctuation, headingPunctuation],
  ];
}
