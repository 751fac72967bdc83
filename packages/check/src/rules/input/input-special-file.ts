/**
 * Reports a content file that is not a regular file: a FIFO (named pipe), a socket, a device, a
 * symlink whose target does not exist or a symlink loop. It is never read, whether a folder scan
 * found it or it was named on the command line.
 *
 * ## Why
 *
 * Reading a FIFO waits for a writer that never comes, so the run would hang; a socket or a device
 * has no text; a dangling link or a loop has no file behind it. The sites' builds skip such an
 * entry, so a page the author meant to publish would be missing without a word. The finding names
 * what the entry is, on its first line, and the run goes on over the other files: remove the
 * entry, point the link at a file, or add the path to `checks.ignore` in `pressroom.config.json`.
 *
 * ## Options
 *
 * None.
 *
 * @example
 *   {"name": "docs/ok.md"}
 *
 *   ---
 *   title: A regular file
 *   ---
 */
import { defineRule } from '../../rule.js';

export const inputSpecialFileRule = defineRule({
  meta: {
    id: 'input-special-file',
    family: 'input',
    defaultSeverity: 'warning',
    description: 'A FIFO, socket, device, dangling symlink or symlink loop where a Markdown file is expected.',
  },
  check(file, report) {
    const problem = file.input.readProblem;
    if (problem?.kind !== 'special-file') return;
    report({ message: problem.message, place: { line: problem.line, column: problem.column } });
  },
});
