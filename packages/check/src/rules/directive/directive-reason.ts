/**
 * Requires a reason on every disable comment: `<!-- pressroom-disable-next-line spelling -- the
 * product's name -->`. Off by default; a project that wants each silenced finding explained turns
 * it on (`"directive-reason": "error"`), as ESLint projects do with `require-description`.
 *
 * ## Why
 *
 * A reason tells the next reader why the finding is wrong there, and whether the comment can go
 * when the text changes. remark-lint's `lint` comments take a reason of plain words after `--`
 * (`<!-- lint ignore no-html -- an embedded video -->`): remark-lint reads every word as a rule
 * id and ignores a comment with punctuation, so write longer reasons in a `pressroom-` comment.
 *
 * ## Options
 *
 * None.
 *
 * @example
 *   {"name": "docs/ok.md", "with": ["link-missing-file"], "severity": "warning"}
 *
 *   ---
 *   title: Launch notes
 *   ---
 *
 *   <!-- pressroom-disable-next-line link-missing-file -- the page lands with the release -->
 *   Read [the launch post](./launch.md).
 *
 * @example
 *   {"name": "docs/not-ok.md", "label": "input", "with": ["link-missing-file"], "severity": "warning"}
 *
 *   ---
 *   title: Launch notes
 *   ---
 *
 *   <!-- pressroom-disable-next-line link-missing-file -->
 *   Read [the launch post](./launch.md).
 *
 * @example
 *   {"name": "docs/not-ok.md", "label": "output"}
 *
 *   5:1-5:55: Unexpected `pressroom-disable-next-line link-missing-file` without a reason, expected ` -- ` and why the finding is wrong here
 */
import { defineRule } from '../../rule.js';

/** Reported by the run once every rule has reported (`run/directives.ts`). */
export const directiveReasonRule = defineRule({
  meta: {
    id: 'directive-reason',
    family: 'directive',
    defaultSeverity: 'off',
    description: 'A disable comment without a reason after ` -- `.',
  },
});
