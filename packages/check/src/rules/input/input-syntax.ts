/**
 * Reports an `.mdx` file that is not valid MDX (an unclosed JSX tag, a stray `{` or `<`).
 *
 * ## Why
 *
 * MDX is stricter than Markdown: the site build stops at the first syntax error. The finding
 * points where the MDX parser stopped; the other rules still run over the file read as Markdown.
 *
 * ## Options
 *
 * None.
 *
 * @example
 *   {"name": "docs/ok.mdx"}
 *
 *   ---
 *   title: A page
 *   ---
 *
 *   A value of \{ braces \} is escaped.
 *
 * @example
 *   {"name": "docs/not-ok.mdx", "label": "input"}
 *
 *   ---
 *   title: A page
 *   ---
 *
 *   A value of { braces is not closed.
 *
 * @example
 *   {"name": "docs/not-ok.mdx", "label": "output"}
 *
 *   5:35: Unexpected MDX syntax: Unexpected end of file in expression, expected a corresponding closing brace for `{`
 */
import { defineRule } from '../../rule.js';

export const inputSyntaxRule = defineRule({
  meta: {
    id: 'input-syntax',
    family: 'input',
    defaultSeverity: 'error',
    description: 'An `.mdx` file that is not valid MDX.',
  },
  check(file, report) {
    const error = file.input.syntaxError;
    if (error) report({ message: error.message, place: error.place });
  },
});
