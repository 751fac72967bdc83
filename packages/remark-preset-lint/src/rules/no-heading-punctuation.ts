/**
 * ## no-heading-punctuation
 *
 * Warns for a heading (Markdown, or MDX `<h1>`…`<h6>`) whose last character is one of the given
 * punctuation characters. Reports exactly what `remark-lint-no-heading-punctuation` (v4) reports
 * with a string option, from the shared walk.
 *
 * Options: a string of the characters a heading may not end with (default: `!,.:;?`).
 *
 * @example
 *   {"name": "ok.md", "config": ".,;:"}
 *
 *   ## Why Kafka?
 *
 * @example
 *   {"label": "input", "name": "not-ok.md", "config": ".,;:"}
 *
 *   ## Resources:
 *
 * @example
 *   {"label": "output", "name": "not-ok.md", "config": ".,;:"}
 *
 *   1:1-1:14: Unexpected character `:` at end of heading, remove it
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { lintRule } from 'unified-lint-rule';
import { trail, indexTree } from '../tree-index.js';

const jsxHeadingName = /^h([1-6])$/;

const remarkLintNoHeadingPunctuation = lintRule<Root, string | null | undefined>(
  {
    origin: 'remark-lint:no-heading-punctuation',
    url: 'https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-no-heading-punctuation#readme',
  },
  (tree, file, options) => {
    if (options !== null && options !== undefined && typeof options !== 'string') {
      file.fail(`Unexpected value \`${String(options)}\` for \`options\`, expected \`string\``);
    }
    const forbidden = new RegExp(`[${options ?? '!,.:;?'}]`, 'u');
    // Every node, not by type: an MDX heading is an element named `h1`…`h6`, flow or text.
    for (const visit of indexTree(tree, file).all) {
      const node = visit.node;
      if (!node.position) continue;
      const isHeading =
        node.type === 'heading' ||
        (((node.type as string) === 'mdxJsxFlowElement' || (node.type as string) === 'mdxJsxTextElement') && jsxHeadingName.test(String((node as { name?: string | null }).name ?? '')));
      if (!isHeading) continue;
      // The last code point, not code unit: an emoji at the end is one character.
      const last = Array.from(toString(node)).at(-1);
      if (last && forbidden.test(last)) {
        file.message(`Unexpected character \`${last}\` at end of heading, remove it`, { ancestors: trail(visit), place: node.position });
      }
    }
  },
);

export default remarkLintNoHeadingPunctuation;
