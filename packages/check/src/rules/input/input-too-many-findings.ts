/**
 * Stands for the findings of a file past `checks.maxFindingsPerFile` (10,000, cspell's own
 * default for its per-document cap): the file's first findings by line are reported, and then this
 * one, which counts the others.
 *
 * ## Why
 *
 * A file of 200,000 broken links is one mistake (a bad import, a generated page), not 200,000
 * things to read, and printing every finding costs time and memory in the check and in the tools
 * that read its output. The findings not shown still count: this finding is an error when any of
 * them is one, and the run's totals, its exit code and `--max-warnings` count each of them, so a
 * cap never turns a failing run green. Fix the findings shown and check again, or raise the limit
 * to see them all. It cannot be turned off or hidden with a comment.
 *
 * ## Options
 *
 * None. The limit is `checks.maxFindingsPerFile` in `pressroom.config.json`.
 *
 * @example
 *   {"name": "docs/ok.md"}
 *
 *   ---
 *   title: A page with a few findings at most
 *   ---
 *
 *   See [the guide](/guides/writing-a-docs-page/).
 */
import { defineRule } from '../../rule.js';

export const inputTooManyFindingsRule = defineRule({
  meta: {
    id: 'input-too-many-findings',
    family: 'input',
    defaultSeverity: 'error',
    description: 'More findings in one file than `checks.maxFindingsPerFile` shows: the rest are counted in one finding.',
  },
  // The run adds the finding itself, once it has every finding of the file (see `run/finding-cap.ts`).
});
