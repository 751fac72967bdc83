/**
 * ## ordered-list-marker-style
 *
 * Warns when ordered list markers do not use the same delimiter: the first ordered item of a file
 * (`1.` or `1)`) sets it. Reports exactly what `remark-lint-ordered-list-marker-style` (v4)
 * reports with `'consistent'`, from the shared walk.
 *
 * Options: none.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   1. Kafka
 *   2. Pulsar
 *
 * @example
 *   {"label": "input", "name": "not-ok.md"}
 *
 *   1. Kafka
 *
 *   2) Pulsar
 *
 * @example
 *   {"label": "output", "name": "not-ok.md"}
 *
 *   3:2: Unexpected ordered list marker `)`, expected `.`
 */
import type { Root } from 'mdast';
import { asciiDigit } from 'micromark-util-character';
import { lintRule } from 'unified-lint-rule';
import { pointStart } from 'unist-util-position';
import { VFileMessage } from 'vfile-message';
import { flowVisitsOf, once, trail } from '../tree-index.js';

const remarkLintOrderedListMarkerStyle = lintRule<Root, undefined>(
  {
    origin: 'remark-lint:ordered-list-marker-style',
    url: 'https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-ordered-list-marker-style#readme',
  },
  (tree, file) => {
    const value = String(file);
    let expected: string | undefined;
    let cause: (() => VFileMessage) | undefined;
    for (const visit of flowVisitsOf(tree, file, 'listItem')) {
      const list = visit.parent?.node;
      if (list?.type !== 'list' || !list.ordered) continue;
      const start = pointStart(visit.node);
      if (!start || typeof start.offset !== 'number') continue;
      let index = start.offset;
      while (asciiDigit(value.charCodeAt(index))) index++;
      const code = value.charCodeAt(index);
      const actual = code === 41 /* `)` */ ? ')' : code === 46 /* `.` */ ? '.' : undefined;
      if (!actual) continue;
      const place = { line: start.line, column: start.column + (index - start.offset), offset: index };
      if (expected === undefined) {
        expected = actual;
        cause = once(() =>
          new VFileMessage(`Ordered list marker style \`${actual}\` first defined for \`'consistent'\` here`, {
            ancestors: trail(visit),
            place,
            ruleId: 'ordered-list-marker-style',
            source: 'remark-lint',
          }),
        );
      } else if (actual !== expected) {
        file.message(`Unexpected ordered list marker \`${actual}\`, expected \`${expected}\``, { ancestors: trail(visit), cause: cause?.(), place });
      }
    }
  },
);

export default remarkLintOrderedListMarkerStyle;
