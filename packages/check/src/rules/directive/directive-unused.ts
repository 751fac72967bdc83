/**
 * Reports a disable comment that hid no finding, as ESLint's
 * `--report-unused-disable-directives` does: the finding it was written for is gone (the text was
 * fixed, the rule changed), or it names the wrong rule or line. An `enable` with nothing disabled
 * before it is reported too.
 *
 * ## Why
 *
 * A comment that hides nothing today hides the next finding written there, unseen. Remove it once
 * its finding is gone. In a `--changed` run, only the changed files are checked for such
 * comments (in the others not every rule ran).
 *
 * ## Options
 *
 * None. Set it to `"error"` to fail the check on stale comments, or `"off"`.
 *
 * @example
 *   {"name": "docs/ok.md", "with": ["link-missing-file"]}
 *
 *   ---
 *   title: Launch notes
 *   ---
 *
 *   <!-- pressroom-disable link-missing-file -- pages of the next release -->
 *   Read [the launch post](./launch.md) and [the changelog](./changelog.md).
 *   <!-- pressroom-enable link-missing-file -->
 *
 * @example
 *   {"name": "docs/not-ok.md", "label": "input", "with": ["link-missing-file"]}
 *
 *   ---
 *   title: Launch notes
 *   ---
 *
 *   <!-- pressroom-disable-next-line link-missing-file -->
 *   The link is gone from this line.
 *
 *   <!-- lint ignore link-missing-file -->
 *   So is this one.
 *
 *   <!-- pressroom-enable link-missing-file -->
 *
 * @example
 *   {"name": "docs/not-ok.md", "label": "output"}
 *
 *   5:1-5:55: Unexpected `pressroom-disable-next-line link-missing-file` that hides nothing, expected a `link-missing-file` finding on line 6; remove it if the finding is gone
 *   8:1-8:39: Unexpected `lint ignore link-missing-file` that hides nothing, expected a `link-missing-file` finding in the node after it; remove it if the finding is gone
 *   11:1-11:44: Unexpected `pressroom-enable link-missing-file` with nothing disabled before it, expected a `pressroom-disable link-missing-file` earlier; remove it
 */
import { defineRule } from '../../rule.js';

/** Reported by the run once every rule has reported (`run/directives.ts`). */
export const directiveUnusedRule = defineRule({
  meta: {
    id: 'directive-unused',
    family: 'directive',
    defaultSeverity: 'warning',
    description: 'A disable comment that hid no finding, or an enable comment with nothing to enable.',
  },
});
