/**
 * ## fenced-code-flag
 *
 * Warns for a code fence without a language (```` ``` ```` alone): the language drives syntax
 * highlighting and tells the reader what the block is; use `text` for plain output. Reports
 * exactly what `remark-lint-fenced-code-flag` (v4) reports without options, from the shared walk.
 *
 * Options: none.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   ```text
 *   TL;DR
 *   ```
 *
 * @example
 *   {"label": "input", "name": "not-ok.md"}
 *
 *   ```
 *   TL;DR
 *   ```
 *
 * @example
 *   {"label": "output", "name": "not-ok.md"}
 *
 *   1:1-3:4: Unexpected missing fenced code language flag in info string, expected keyword
 */
import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { pointEnd, pointStart } from 'unist-util-position';
import { flowVisitsOf, trail } from '../tree-index.js';

// An indented code block has no language either, but no fence to put one on.
const fence = /^ {0,3}([~`])\1{2,}/;

const remarkLintFencedCodeFlag = lintRule<Root, undefined>(
  {
    origin: 'remark-lint:fenced-code-flag',
    url: 'https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-fenced-code-flag#readme',
  },
  (tree, file) => {
    const value = String(file);
    for (const visit of flowVisitsOf(tree, file, 'code')) {
      const node = visit.node;
      if (node.type !== 'code' || node.lang) continue;
      const start = pointStart(node);
      const end = pointEnd(node);
      if (!start || !end || typeof start.offset !== 'number' || typeof end.offset !== 'number') continue;
      if (!fence.test(value.slice(start.offset, end.offset))) continue;
      file.message('Unexpected missing fenced code language flag in info string, expected keyword', {
        ancestors: trail(visit),
        place: node.position,
      });
    }
  },
);

export default remarkLintFencedCodeFlag;
