/**
 * Finds frontmatter that is not valid YAML, and a frontmatter block that is never closed.
 *
 * ## Why
 *
 * When the YAML cannot be read, neither site can build the file. The finding points at the
 * place where the YAML parser stopped, not at the top of the file.
 *
 * ## Options
 *
 * None.
 *
 * @example
 *   {"name": "docs/ok.md"}
 *
 *   ---
 *   title: Getting started
 *   description: 'Install the tools: both of them.'
 *   ---
 *
 *   Text.
 *
 * @example
 *   {"name": "docs/not-ok.md", "label": "input"}
 *
 *   ---
 *   title: Getting started
 *   description: Install the tools: both of them.
 *   ---
 *
 *   Text.
 *
 * @example
 *   {"name": "docs/not-ok.md", "label": "output"}
 *
 *   3:14-3:15: Unexpected YAML: Nested mappings are not allowed in compact mappings, expected a valid YAML mapping; quote a value that contains `: `
 *
 * @example
 *   {"name": "docs/unclosed.md", "label": "input"}
 *
 *   ---
 *   title: Getting started
 *
 *   Text.
 *
 * @example
 *   {"name": "docs/unclosed.md", "label": "output"}
 *
 *   1:1-1:4: Unexpected frontmatter without a closing `---` line, expected the YAML block to end with `---`
 */
import { defineRule } from '../../rule.js';

export const frontmatterYamlRule = defineRule({
  meta: {
    id: 'frontmatter-yaml',
    family: 'frontmatter',
    defaultSeverity: 'error',
    description: 'Frontmatter that is not valid YAML, or a frontmatter block without its closing line.',
  },
  check(file, report) {
    if (!file.frontmatter) {
      const first = file.text.split(/\r?\n/, 1)[0];
      if (first === '---') {
        report({
          message: 'Unexpected frontmatter without a closing `---` line, expected the YAML block to end with `---`',
          place: { start: file.offsetToPoint(0), end: file.offsetToPoint(3) },
        });
      }
      return;
    }
    const { document, offset } = file.frontmatter;
    for (const error of document.errors) {
      const [start = 0, end = start] = error.pos;
      const reason = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.message;
      const hint = error.code === 'BLOCK_AS_IMPLICIT_KEY' || /compact mappings|Implicit map keys/.test(reason)
        ? '; quote a value that contains `: `'
        : '';
      report({
        message: `Unexpected YAML: ${reason.replace(/\.$/, '')}, expected a valid YAML mapping${hint}`,
        place: { start: file.offsetToPoint(offset + start), end: file.offsetToPoint(endOutsideLineBreak(file.text, offset + start, offset + Math.max(end, start + 1))) },
      });
    }
  },
});

/** An end between the `\r` and the `\n` of a CRLF would point one column past the line. */
function endOutsideLineBreak(text: string, start: number, end: number): number {
  return end > start && text[end - 1] === '\r' && text[end] === '\n' ? end - 1 : end;
}
