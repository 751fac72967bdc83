/**
 * ## ordered-list-marker-value
 *
 * Warns when the numbers of ordered list items do not follow one style: the first ordered list of
 * a file with two numbered items decides between counting up (`1.`, `2.`, `3.`) and repeating
 * (`1.`, `1.`, `1.`); counting up when no list decides. Reports exactly what
 * `remark-lint-ordered-list-marker-value` (v4) reports with `'consistent'`, from the shared walk.
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
 *   2. Pulsar
 *
 *   Text.
 *
 *   1. Flink
 *   1. Spark
 *
 * @example
 *   {"label": "output", "name": "not-ok.md"}
 *
 *   7:2: Unexpected ordered list item value `1`, expected `2`
 */
import type { List, ListItem, Nodes, Root } from 'mdast';
import { asciiDigit } from 'micromark-util-character';
import { lintRule } from 'unified-lint-rule';
import { pointStart } from 'unist-util-position';
import { VFileMessage } from 'vfile-message';
import { flowVisitsOf, once, trail } from '../tree-index.js';

interface OrderedList {
  ancestors: Nodes[];
  list: List;
  /** The digits of each item's marker as written; none for an item without a position. */
  counters: Array<string | undefined>;
}

type Style = 'ordered' | 'single';

const remarkLintOrderedListMarkerValue = lintRule<Root, undefined>(
  {
    origin: 'remark-lint:ordered-list-marker-value',
    url: 'https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-ordered-list-marker-value#readme',
  },
  (tree, file) => {
    const value = String(file);
    const lists: OrderedList[] = [];
    for (const visit of flowVisitsOf(tree, file, 'list')) {
      const list = visit.node;
      if (list.type !== 'list' || !list.ordered) continue;
      const counters = list.children.map((item) => {
        const start = pointStart(item);
        if (!start || typeof start.offset !== 'number') return undefined;
        let index = start.offset;
        while (asciiDigit(value.charCodeAt(index))) index++;
        return value.slice(start.offset, index);
      });
      lists.push({ ancestors: trail(visit), list, counters });
    }
    if (lists.length === 0) return;

    // The first list with two counters decides, if those two show a style at all.
    let style: Style | undefined;
    let cause: (() => VFileMessage) | undefined;
    const deciding = lists.find(({ counters: [first, second] }) => first && second);
    if (deciding) {
      const [first, second] = deciding.counters as [string, string];
      style = second === String(Number(first) + 1) ? 'ordered' : second === first ? 'single' : undefined;
      if (style) {
        const decided = style;
        cause = once(() =>
          new VFileMessage(`Ordered list marker style \`${decided}\` first defined for \`'consistent'\` here`, {
            ancestors: deciding.ancestors,
            place: deciding.list.position,
            ruleId: 'ordered-list-marker-value',
            source: 'remark-lint',
          }),
        );
      }
    }
    if (!style) {
      style = 'ordered';
      cause = once(() =>
        new VFileMessage("Ordered list marker style `ordered` assumed for `'consistent'`", {
          ruleId: 'ordered-list-marker-value',
          source: 'remark-lint',
        }),
      );
    }

    for (const { ancestors, list, counters } of lists) {
      const first = counters[0];
      if (!first) continue;
      const start = Number(first);
      counters.forEach((actual, index) => {
        if (!actual) return;
        const item = list.children[index] as ListItem;
        const startPoint = pointStart(item)!;
        const expected = String(style === 'single' ? start : start + index);
        if (actual === expected) return;
        file.message(`Unexpected ordered list item value \`${actual}\`, expected \`${expected}\``, {
          ancestors: [...ancestors, item],
          cause: cause?.(),
          place: { line: startPoint.line, column: startPoint.column + actual.length, offset: startPoint.offset! + actual.length },
        });
      });
    }
  },
);

export default remarkLintOrderedListMarkerValue;
