/**
 * ## list-item-indent
 *
 * Warns for more than one space between a list item's marker and its content (`-   item`): one
 * space keeps the source and the rendering aligned without counting. Reports exactly what
 * `remark-lint-list-item-indent` (v4) reports with `'one'`, from the shared walk.
 *
 * Options: none.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   - Kafka
 *   - [x] Pulsar
 *
 * @example
 *   {"label": "input", "name": "not-ok.md"}
 *
 *   -   Kafka
 *
 * @example
 *   {"label": "output", "name": "not-ok.md"}
 *
 *   1:5: Unexpected `3` spaces between list item marker and content, expected `1` space, remove `2` spaces
 */
import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { pointStart } from 'unist-util-position';
import { flowVisitsOf, plural, trail } from '../tree-index.js';

const remarkLintListItemIndent = lintRule<Root, undefined>(
  {
    origin: 'remark-lint:list-item-indent',
    url: 'https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-list-item-indent#readme',
  },
  (tree, file) => {
    const value = String(file);
    for (const visit of flowVisitsOf(tree, file, 'list')) {
      const list = visit.node;
      if (list.type !== 'list') continue;
      for (const item of list.children) {
        const itemStart = pointStart(item);
        const headStart = pointStart(item.children[0]);
        if (!itemStart || !headStart || typeof itemStart.offset !== 'number' || typeof headStart.offset !== 'number') continue;
        // From the marker to the content, without a task checkbox and what follows it.
        let prefix = value.slice(itemStart.offset, headStart.offset);
        const checkbox = prefix.indexOf('[');
        if (checkbox !== -1) prefix = prefix.slice(0, checkbox);
        let markerEnd = prefix.length;
        while (prefix.charCodeAt(markerEnd - 1) === 9 || prefix.charCodeAt(markerEnd - 1) === 32) markerEnd--;
        const actual = prefix.length - markerEnd;
        if (actual === 1) continue;
        const difference = 1 - actual;
        const size = Math.abs(difference);
        file.message(
          `Unexpected \`${actual}\` ${plural('space', actual)} between list item marker and content, expected \`1\` space, ${difference > 0 ? 'add' : 'remove'} \`${size}\` ${plural('space', size)}`,
          { ancestors: [...trail(visit), item], place: headStart },
        );
      }
    }
  },
);

export default remarkLintListItemIndent;
