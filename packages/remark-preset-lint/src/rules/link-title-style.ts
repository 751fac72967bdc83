/**
 * ## link-title-style
 *
 * Warns when link, image and definition titles do not use the same quotes: the first title of a
 * file (`"…"`, `'…'` or `(…)`) sets them. Reports exactly what `remark-lint-link-title-style` (v4)
 * reports with `'consistent'`, from the shared walk.
 *
 * Options: none.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   [Kafka](https://kafka.apache.org/ "Kafka") and [Pulsar](https://pulsar.apache.org/ "Pulsar")
 *
 * @example
 *   {"label": "input", "name": "not-ok.md"}
 *
 *   [Kafka](https://kafka.apache.org/ "Kafka") and [Pulsar](https://pulsar.apache.org/ 'Pulsar')
 *
 * @example
 *   {"label": "output", "name": "not-ok.md"}
 *
 *   1:48-1:93: Unexpected title markers `'`, expected `"`
 */
import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { pointEnd } from 'unist-util-position';
import { VFileMessage } from 'vfile-message';
import { indexTree, once, trail } from '../tree-index.js';

const display = (style: string) => (style === '"' ? '`"`' : style === "'" ? "`'`" : "`'('` and `')'`");

const remarkLintLinkTitleStyle = lintRule<Root, undefined>(
  {
    origin: 'remark-lint:link-title-style',
    url: 'https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-link-title-style#readme',
  },
  (tree, file) => {
    const value = String(file);
    let expected: string | undefined;
    let cause: (() => VFileMessage) | undefined;
    for (const visit of indexTree(tree, file).all) {
      const node = visit.node;
      if ((node.type !== 'definition' && node.type !== 'image' && node.type !== 'link') || !node.title) continue;
      let index = pointEnd(node)?.offset;
      if (!index) continue;
      // A link or image ends with `)` after its title; a definition ends at its title.
      if (node.type !== 'definition') index--;
      while (value.charCodeAt(index - 1) === 9 || value.charCodeAt(index - 1) === 32) index--;
      const before = value.charCodeAt(index - 1);
      const actual = before === 34 /* `"` */ ? '"' : before === 39 /* `'` */ ? "'" : before === 41 /* `)` */ ? '()' : undefined;
      if (!actual) continue;
      if (expected === undefined) {
        expected = actual;
        cause = once(() =>
          new VFileMessage(`Title marker style ${display(actual)} first defined for \`'consistent'\` here`, {
            ancestors: trail(visit),
            place: node.position,
            ruleId: 'link-title-style',
            source: 'remark-lint',
          }),
        );
      } else if (actual !== expected) {
        file.message(`Unexpected title markers ${display(actual)}, expected ${display(expected)}`, {
          ancestors: trail(visit),
          cause: cause?.(),
          place: node.position,
        });
      }
    }
  },
);

export default remarkLintLinkTitleStyle;
