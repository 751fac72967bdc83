/**
 * Reports a file that cannot be checked: it cannot be read, holds NUL bytes (a binary file with a
 * Markdown name), is not UTF-8, or is larger than `checks.maxFileSize` (2 MiB by default).
 *
 * ## Why
 *
 * The sites cannot publish such a file either. The finding points at the first byte that is
 * wrong (line and column of the NUL byte or of the invalid UTF-8 sequence), and the run goes on
 * over the other files. No other rule runs on the file.
 *
 * ## Options
 *
 * None. The size limit is `checks.maxFileSize` in `pressroom.config.json`.
 *
 * @example
 *   {"name": "docs/ok.md"}
 *
 *   ---
 *   title: Plain UTF-8 text, “quotes” and émoji 🎉
 *   ---
 */
import { defineRule } from '../../rule.js';

export const inputUnreadableRule = defineRule({
  meta: {
    id: 'input-unreadable',
    family: 'input',
    defaultSeverity: 'error',
    description: 'A file that cannot be read, is binary, is not UTF-8 or is too large.',
  },
  check(file, report) {
    const problem = file.input.readProblem;
    // A file past the nesting or line limits is `input-too-complex`'s finding, a special file
    // `input-special-file`'s.
    if (!problem || problem.kind === 'too-complex' || problem.kind === 'special-file') return;
    report({ message: problem.message, place: { line: problem.line, column: problem.column } });
  },
});
