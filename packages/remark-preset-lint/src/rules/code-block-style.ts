/**
 * ## code-block-style
 *
 * Warns when code blocks are not all fenced or all indented: the first one of a file sets it.
 * Reports exactly what `remark-lint-code-block-style` (v4) reports with `'consistent'`, from the
 * shared walk.
 *
 * Options: none.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   ```sh
 *   kafka-topics --list
 *   ```
 *
 * @example
 *   {"label": "input", "name": "not-ok.md"}
 *
 *   ```sh
 *   kafka-topics --list
 *   ```
 *
 *       kafka-topics --describe
 *
 * @example
 *   {"label": "output", "name": "not-ok.md"}
 *
 *   5:1-5:28: Unexpected indented code block, expected fenced code blocks
 */
import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { pointEnd, pointStart } from 'unist-util-position';
import { VFileMessage } from 'vfile-message';
import { flowVisitsOf, once, trail } from '../tree-index.js';

const remarkLintCodeBlockStyle = lintRule<Root, undefined>(
  {
    origin: 'remark-lint:code-block-style',
    url: 'https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-code-block-style#readme',
  },
  (tree, file) => {
    const value = String(file);
    let expected: 'fenced' | 'indented' | undefined;
    let cause: (() => VFileMessage) | undefined;
    for (const visit of flowVisitsOf(tree, file, 'code')) {
      const node = visit.node;
      if (node.type !== 'code') continue;
      const start = pointStart(node);
      const end = pointEnd(node);
      if (!start || !end || typeof start.offset !== 'number' || typeof end.offset !== 'number') continue;
      const actual = node.lang || /^ {0,3}([`~])/.test(value.slice(start.offset, end.offset)) ? 'fenced' : 'indented';
      if (expected === undefined) {
        expected = actual;
        cause = once(() =>
          new VFileMessage(`Code block style \`'${actual}'\` first defined for \`'consistent'\` here`, {
            ancestors: trail(visit),
            place: { start, end },
            source: 'remark-lint',
            ruleId: 'code-block-style',
          }),
        );
      } else if (actual !== expected) {
        file.message(`Unexpected ${actual} code block, expected ${expected} code blocks`, {
          ancestors: trail(visit),
          cause: cause?.(),
          place: { start, end },
        });
      }
    }
  },
);

export default remarkLintCodeBlockStyle;
