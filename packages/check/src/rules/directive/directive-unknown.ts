/**
 * Reports a comment written like a disable comment that Pressroom cannot apply: a keyword it does
 * not know (`pressroom-ignore`, `<!-- lint disable-next-line x -->`), a rule id no rule has, or
 * another tool's form (`<!-- markdownlint-disable MD013 -->`). Such a comment silences nothing,
 * so the finding it was written for is still reported: this one says what to write instead.
 *
 * ## Why
 *
 * Any finding can be hidden where it is, with a reason, as in ESLint:
 *
 * - `<!-- pressroom-disable-next-line rule-id -- reason -->` hides the findings on the next line;
 *   `pressroom-disable-line` those on its own line (after text, on the same line).
 * - `<!-- pressroom-disable rule-id -->` … `<!-- pressroom-enable rule-id -->` hides a range; without
 *   an `enable` it lasts to the end of the file.
 * - Several rule ids are separated by spaces or commas; no id means every rule. What follows ` -- `
 *   is the reason.
 * - In MDX, where HTML comments are not allowed, the same words go in a JavaScript comment in
 *   braces (an MDX expression), as for remark-lint.
 * - In the frontmatter, as a YAML comment: `# pressroom-disable-next-line frontmatter-schema`; a
 *   `# pressroom-disable` there hides from the top of the file (a missing field is reported there).
 * - remark-lint's own `<!-- lint disable rule-id -->`, `lint enable` and `lint ignore` (the next
 *   node) work as remark-lint applies them, for every rule.
 *
 * A finding of a `directive-*` rule, and an internal error, cannot be hidden by a comment.
 *
 * ## Options
 *
 * `otherTools`: tools whose comments are left to them instead of reported, for a project that
 * also runs them: `"directive-unknown": ["warning", { "otherTools": ["markdownlint"] }]`.
 *
 * @example
 *   {"name": "docs/ok.md", "with": ["link-missing-file"]}
 *
 *   ---
 *   title: Launch notes
 *   ---
 *
 *   <!-- pressroom-disable-next-line link-missing-file -- the page lands with the release -->
 *   Read [the launch post](./launch.md).
 *
 *   <!-- lint ignore link-missing-file -->
 *   Read [the changelog](./changelog.md).
 *
 * @example
 *   {"name": "docs/not-ok.md", "label": "input"}
 *
 *   ---
 *   title: Launch notes
 *   # pressroom-ignore frontmatter-schema
 *   ---
 *
 *   <!-- pressroom-disable-next-line link-mising-file -->
 *   Text.
 *
 *   <!-- lint disable-next-line no-trailing-spaces -->
 *   Text.
 *
 *   <!-- markdownlint-disable-next-line MD013 -->
 *   Text.
 *
 *   <!-- pressroom disable spelling -->
 *
 * @example
 *   {"name": "docs/not-ok.md", "label": "output"}
 *
 *   3:1-3:38: Unexpected keyword `pressroom-ignore`, expected `pressroom-disable`, `pressroom-enable`, `pressroom-disable-line` or `pressroom-disable-next-line` (did you mean `pressroom-disable-next-line`?)
 *   6:1-6:54: Unexpected unknown rule `link-mising-file` in a `pressroom-disable-next-line` comment, expected one of the rule ids of the rule reference (did you mean `link-missing-file`?)
 *   9:1-9:51: Unexpected keyword `disable-next-line` in a `lint` comment, expected `disable`, `enable` or `ignore`: remark-lint has no `disable-next-line`; write `<!-- lint ignore no-trailing-spaces -->` (the next node) or `<!-- pressroom-disable-next-line no-trailing-spaces -->`
 *   12:1-12:46: Unexpected `markdownlint-disable-next-line` comment, expected `pressroom-disable-next-line <rule-id>`: Pressroom does not read markdownlint's comments
 *   15:1-15:36: Unexpected `pressroom disable`, expected `pressroom-disable` (one word, with a hyphen)
 */
import { defineRule } from '../../rule.js';

/** Reported by the run once every rule has reported (`run/directives.ts`), from the file's facts. */
export const directiveUnknownRule = defineRule({
  meta: {
    id: 'directive-unknown',
    family: 'directive',
    defaultSeverity: 'warning',
    description: 'A disable comment Pressroom cannot apply: an unknown keyword or rule id, or another tool’s form.',
  },
});
