/**
 * ## no-literal-urls
 *
 * Warns for GFM autolink literals (a bare `https://…` or `www.…` in prose): other Markdown parsers
 * leave them as text, so write `<https://…>`. Reports exactly what `remark-lint-no-literal-urls`
 * (v4) reports, from the shared walk.
 *
 * Options: none.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   See <https://kafka.apache.org/> or [the site](https://kafka.apache.org/).
 *
 * @example
 *   {"label": "input", "name": "not-ok.md"}
 *
 *   See https://kafka.apache.org/ and www.example.com.
 *
 * @example
 *   {"label": "output", "name": "not-ok.md"}
 *
 *   1:5-1:30: Unexpected GFM autolink literal, expected regular autolink, add `<` before and `>` after
 *   1:35-1:50: Unexpected GFM autolink literal, expected regular autolink, add `<http://` before and `>` after
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { asciiPunctuation } from 'micromark-util-character';
import { lintRule } from 'unified-lint-rule';
import { pointStart } from 'unist-util-position';
import { trail, visitsOf } from '../tree-index.js';

const remarkLintNoLiteralUrls = lintRule<Root, undefined>(
  {
    origin: 'remark-lint:no-literal-urls',
    url: 'https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-no-literal-urls#readme',
  },
  (tree, file) => {
    const value = String(file);
    for (const visit of visitsOf(tree, file, 'link')) {
      const node = visit.node;
      if (node.type !== 'link') continue;
      const start = pointStart(node);
      if (!start || typeof start.offset !== 'number') continue;
      // A literal is a link whose text is its URL, give or take the protocol GFM adds.
      const text = toString(node);
      const addedProtocol =
        text === node.url ? '' : `http://${text}` === node.url ? 'http://' : `mailto:${text}` === node.url ? 'mailto:' : undefined;
      // `<https://…>` starts with punctuation; a literal starts with the URL itself.
      if (addedProtocol === undefined || asciiPunctuation(value.charCodeAt(start.offset))) continue;
      file.message(
        `Unexpected GFM autolink literal, expected regular autolink, add \`<${addedProtocol}\` before and \`>\` after`,
        { ancestors: trail(visit), place: node.position },
      );
    }
  },
);

export default remarkLintNoLiteralUrls;
