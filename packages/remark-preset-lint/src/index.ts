/**
 * The Markdown style of Pressroom content as a remark preset: remark-lint's recommended and
 * consistent presets plus the house rules. The same preset runs inside `pressroom check` (over the
 * tree it has already parsed) and on its own with remark-cli (through the root `.remarkrc.mjs`).
 */
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkLintFencedCodeFlag from 'remark-lint-fenced-code-flag';
import remarkLintHeadingIncrement from 'remark-lint-heading-increment';
import remarkLintHeadingStyle from 'remark-lint-heading-style';
import remarkLintNoHeadingPunctuation from 'remark-lint-no-heading-punctuation';
import remarkLintNoTrailingSpaces from 'remark-lint-no-trailing-spaces';
import remarkPresetLintConsistent from 'remark-preset-lint-consistent';
import remarkPresetLintRecommended from 'remark-preset-lint-recommended';
import type { PluggableList, Preset } from 'unified';

/**
 * Headings may end in `?` and `!` (a question is a fine section title: "Why Kafka?"), but not in
 * the punctuation of a sentence or a lead-in (`.`, `,`, `;`, `:`).
 */
export const headingPunctuation = '.,;:';

/** Only the lint rules, for a processor that already parses frontmatter and GFM. */
export const lintPlugins: PluggableList = [
  remarkPresetLintRecommended,
  remarkPresetLintConsistent,
  [remarkLintHeadingStyle, 'atx'],
  remarkLintHeadingIncrement,
  remarkLintFencedCodeFlag,
  remarkLintNoTrailingSpaces,
  [remarkLintNoHeadingPunctuation, headingPunctuation],
];

/** Syntax extensions Pressroom content uses: YAML frontmatter and GitHub-flavoured Markdown. */
export const syntaxPlugins: PluggableList = [[remarkFrontmatter, ['yaml']], remarkGfm];

const remarkPresetLintPressroom: Preset = {
  plugins: [...syntaxPlugins, ...lintPlugins],
};

export default remarkPresetLintPressroom;
