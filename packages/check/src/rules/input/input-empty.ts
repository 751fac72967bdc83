/**
 * Reports an empty file, or one with only whitespace.
 *
 * ## Why
 *
 * An empty file is usually a mistake (a file created and never written, a bad merge). It has no
 * frontmatter, so the schema rule reports the missing fields too.
 *
 * ## Options
 *
 * None.
 *
 * @example
 *   {"name": "docs/ok.md"}
 *
 *   ---
 *   title: Not empty
 *   ---
 *
 * @example
 *   {"name": "docs/not-ok.md", "label": "input"}
 *
 * @example
 *   {"name": "docs/not-ok.md", "label": "output"}
 *
 *   1:1: Unexpected empty file, expected frontmatter and content
 */
import { defineRule } from '../../rule.js';

export const inputEmptyRule = defineRule({
  meta: {
    id: 'input-empty',
    family: 'input',
    defaultSeverity: 'warning',
    description: 'An empty file.',
  },
  check(file, report) {
    if (!file.readable || file.text.trim() !== '') return;
    report({ message: 'Unexpected empty file, expected frontmatter and content', place: { line: 1, column: 1, offset: 0 } });
  },
});
