/**
 * Finds frontmatter that is not valid YAML, a frontmatter block that is never closed, and TOML
 * frontmatter (`+++` lines).
 *
 * ## Why
 *
 * When the YAML cannot be read, neither site can build the file. The finding points at the
 * place where the YAML parser stopped, not at the top of the file.
 *
 * Astro also reads TOML frontmatter, but the schemas, the link checks and the editor setup read
 * YAML only: a TOML block would go unchecked, so it is reported once, at the block, and the file's
 * fields are not checked until it is YAML. Its text is not read as prose either.
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
 *
 * @example
 *   {"name": "docs/toml.md", "label": "input"}
 *
 *   +++
 *   title = "Getting started"
 *   description = "Install the tools."
 *   +++
 *
 *   Text.
 *
 * @example
 *   {"name": "docs/toml.md", "label": "output"}
 *
 *   1:1-4:4: Unexpected TOML frontmatter (`+++` lines), expected YAML between `---` lines
 */
import { defineRule, type ContentFile, type Position } from '../../rule.js';

export const frontmatterYamlRule = defineRule({
  meta: {
    id: 'frontmatter-yaml',
    family: 'frontmatter',
    defaultSeverity: 'error',
    description: 'Frontmatter that is not valid YAML, or a frontmatter block without its closing line.',
  },
  check(file, report) {
    const toml = tomlBlock(file);
    if (toml) {
      report({
        message: 'Unexpected TOML frontmatter (`+++` lines), expected YAML between `---` lines',
        place: toml,
        note: 'Pressroom reads YAML frontmatter only. Write `---` for each `+++` line and each `key = value` as `key: value` (`title = "Kafka"` becomes `title: Kafka`).',
      });
      return;
    }
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

/** Where a TOML frontmatter block (`+++` … `+++`) is, when the file opens with one. */
export function tomlBlock(file: ContentFile): Position | undefined {
  // mdast's types know the `yaml` node only; the parser also makes `toml` ones.
  const first = file.tree.children[0] as { type: string; position?: Position } | undefined;
  if (first?.type !== 'toml' || !first.position) return undefined;
  return { start: { ...first.position.start }, end: { ...first.position.end } };
}
