/**
 * The Markdown style of Pressroom content as a remark preset: what remark-lint's recommended and
 * consistent presets check, plus the house rules. The same preset runs inside `pressroom check`
 * (over the tree it has already parsed) and on its own with remark-cli (through the root
 * `.remarkrc.mjs`).
 *
 * Most rules are this package's own (`src/rules/`): each reports exactly what the upstream
 * remark-lint rule of the same id reports with the setting below, but reads the nodes it needs
 * from one shared walk of the tree instead of walking the whole tree itself. The rest are the
 * upstream rules, some run only on trees where they can report anything (`gate.ts`).
 */
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkLintFinalNewline from 'remark-lint-final-newline';
import remarkLintListItemBulletIndent from 'remark-lint-list-item-bullet-indent';
import type { PluggableList, Preset } from 'unified';
import remarkLintMessageControl from './message-control.js';
import remarkLintBlockquoteIndentation from './rules/blockquote-indentation.js';
import remarkLintCheckboxCharacterStyle from './rules/checkbox-character-style.js';
import remarkLintCodeBlockStyle from './rules/code-block-style.js';
import remarkLintEmphasisMarker from './rules/emphasis-marker.js';
import remarkLintFencedCodeFlag from './rules/fenced-code-flag.js';
import remarkLintFencedCodeMarker from './rules/fenced-code-marker.js';
import remarkLintHardBreakSpaces from './rules/hard-break-spaces.js';
import remarkLintHeadingIncrement from './rules/heading-increment.js';
import remarkLintHeadingStyle from './rules/heading-style.js';
import remarkLintLinkTitleStyle from './rules/link-title-style.js';
import remarkLintListItemContentIndent from './rules/list-item-content-indent.js';
import remarkLintListItemIndent from './rules/list-item-indent.js';
import remarkLintNoBlockquoteWithoutMarker from './rules/no-blockquote-without-marker.js';
import remarkLintNoDuplicateDefinitions from './rules/no-duplicate-definitions.js';
import remarkLintNoHeadingContentIndent from './rules/no-heading-content-indent.js';
import remarkLintNoHeadingPunctuation from './rules/no-heading-punctuation.js';
import remarkLintNoLiteralUrls from './rules/no-literal-urls.js';
import remarkLintNoShortcutReferenceImage from './rules/no-shortcut-reference-image.js';
import remarkLintNoShortcutReferenceLink from './rules/no-shortcut-reference-link.js';
import remarkLintNoTrailingSpaces from './rules/no-trailing-spaces.js';
import remarkLintNoUndefinedReferences from './rules/no-undefined-references.js';
import remarkLintNoUnusedDefinitions from './rules/no-unused-definitions.js';
import remarkLintOrderedListMarkerStyle from './rules/ordered-list-marker-style.js';
import remarkLintOrderedListMarkerValue from './rules/ordered-list-marker-value.js';
import remarkLintRuleStyle from './rules/rule-style.js';
import remarkLintStrongMarker from './rules/strong-marker.js';
import remarkLintTableCellPadding from './rules/table-cell-padding.js';

/**
 * Headings may end in `?` and `!` (a question is a fine section title: "Why Kafka?"), but not in
 * the punctuation of a sentence or a lead-in (`.`, `,`, `;`, `:`).
 */
export const headingPunctuation = '.,;:';

/**
 * The lint rules alone, without `<!-- lint disable -->` comments, for a tool that applies the
 * comments itself (`pressroom check` applies them to all of its rules): use it after
 * `[remarkLintMessageControl, { comments: false }]`, which still drops the messages upstream drops
 * (in source no node covers). The order is the one unified gave the upstream presets
 * (`remark-preset-lint-recommended`, then `remark-preset-lint-consistent`, then the house rules; a
 * rule listed twice keeps its first place and its last setting), so messages come out in the same
 * order as before.
 */
export const lintRules: PluggableList = [
  // remark-preset-lint-recommended
  remarkLintFinalNewline,
  remarkLintListItemBulletIndent,
  remarkLintListItemIndent, // `'one'`
  remarkLintNoBlockquoteWithoutMarker,
  remarkLintNoLiteralUrls,
  remarkLintOrderedListMarkerStyle, // `'consistent'`: the consistent preset's setting wins
  remarkLintHardBreakSpaces,
  remarkLintNoDuplicateDefinitions,
  remarkLintNoHeadingContentIndent,
  remarkLintNoShortcutReferenceImage,
  remarkLintNoShortcutReferenceLink,
  remarkLintNoUndefinedReferences,
  remarkLintNoUnusedDefinitions,
  // remark-preset-lint-consistent, each `'consistent'`
  remarkLintBlockquoteIndentation,
  remarkLintCheckboxCharacterStyle,
  remarkLintCodeBlockStyle,
  remarkLintEmphasisMarker,
  remarkLintFencedCodeMarker,
  remarkLintHeadingStyle, // `'atx'`: the house setting wins
  remarkLintLinkTitleStyle,
  remarkLintListItemContentIndent,
  remarkLintOrderedListMarkerValue,
  remarkLintRuleStyle,
  remarkLintStrongMarker,
  remarkLintTableCellPadding, // `'consistent'`
  // House rules
  remarkLintHeadingIncrement,
  remarkLintFencedCodeFlag,
  remarkLintNoTrailingSpaces,
  [remarkLintNoHeadingPunctuation, headingPunctuation],
];

/**
 * The lint rules with `<!-- lint disable -->` comments, for a processor that already parses
 * frontmatter and GFM. Message control comes first: it adds itself after every rule.
 */
export const lintPlugins: PluggableList = [remarkLintMessageControl, ...lintRules];

export { default as remarkLintMessageControl, type Options as MessageControlOptions } from './message-control.js';

/**
 * Syntax extensions Pressroom content uses: YAML frontmatter and GitHub-flavoured Markdown. A TOML
 * (`+++`) block is read as frontmatter too, so that it is not linted as prose.
 */
export const syntaxPlugins: PluggableList = [[remarkFrontmatter, ['yaml', 'toml']], remarkGfm];

const remarkPresetLintPressroom: Preset = {
  plugins: [...syntaxPlugins, ...lintPlugins],
};

export default remarkPresetLintPressroom;
