/**
 * Reports a byte order mark at the start of a file.
 *
 * ## Why
 *
 * A UTF-8 byte order mark is invisible in editors but some tools read it as part of the first
 * line, so `---` is no longer seen as the start of the frontmatter. The checks read such a file
 * correctly (and `--fix` keeps the mark), but the file is better saved without it.
 *
 * ## Options
 *
 * None.
 *
 * @example
 *   {"name": "docs/ok.md"}
 *
 *   ---
 *   title: No byte order mark
 *   ---
 */
import { defineRule } from '../../rule.js';

export const inputBomRule = defineRule({
  meta: {
    id: 'input-bom',
    family: 'input',
    defaultSeverity: 'warning',
    description: 'A UTF-8 byte order mark at the start of the file.',
  },
  check(file, report) {
    if (!file.hasBom) return;
    report({ message: 'Unexpected byte order mark, expected UTF-8 without BOM', place: { line: 1, column: 1, offset: 0 } });
  },
});
