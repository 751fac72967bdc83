/**
 * Reports Windows (CRLF) or mixed line endings.
 *
 * ## Why
 *
 * The repository's files end lines with LF. CRLF files are read correctly (and `--fix` keeps
 * their line endings), but a mix of both makes diffs noisy and tools disagree on line numbers.
 * The finding points at the first line that ends differently from the rest of the repository.
 *
 * ## Options
 *
 * None.
 *
 * @example
 *   {"name": "docs/ok.md"}
 *
 *   ---
 *   title: LF line endings
 *   ---
 */
import { defineRule } from '../../rule.js';

export const inputNewlineRule = defineRule({
  meta: {
    id: 'input-newline',
    family: 'input',
    defaultSeverity: 'warning',
    description: 'CRLF or mixed line endings.',
  },
  check(file, report) {
    if (!file.readable) return;
    const crlf = file.text.indexOf('\r\n');
    if (crlf === -1) return;
    const place = file.offsetToPoint(crlf);
    report({
      message: file.input.mixedNewlines
        ? 'Unexpected mix of CRLF and LF line endings, expected LF only'
        : 'Unexpected CRLF line endings, expected LF',
      place,
    });
  },
});
