/**
 * ## emphasis-marker
 *
 * Warns when emphasis markers are not used consistently: the first emphasis in a file (`*` or `_`)
 * sets the marker for the rest. Reports exactly what `remark-lint-emphasis-marker` (v4) reports with
 * `'consistent'`, from the shared walk.
 *
 * Options: none.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   *Kafka* and *Pulsar*
 *
 * @example
 *   {"label": "input", "name": "not-ok.md"}
 *
 *   *Kafka* and _Pulsar_
 *
 * @example
 *   {"label": "output", "name": "not-ok.md"}
 *
 *   1:13-1:21: Unexpected emphasis marker `_`, expected `*`
 */
import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { pointStart } from 'unist-util-position';
import { VFileMessage } from 'vfile-message';
import { once, trail, visitsOf } from '../tree-index.js';

const remarkLintEmphasisMarker = lintRule<Root, undefined>(
  {
    origin: 'remark-lint:emphasis-marker',
    url: 'https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-emphasis-marker#readme',
  },
  (tree, file) => {
    const value = String(file);
    let expected: string | undefined;
    let cause: (() => VFileMessage) | undefined;
    for (const visit of visitsOf(tree, file, 'emphasis')) {
      const node = visit.node;
      const start = pointStart(node);
      if (!start || typeof start.offset !== 'number') continue;
      const actual = value.charAt(start.offset);
      if (actual !== '*' && actual !== '_') continue;
      if (expected === undefined) {
        expected = actual;
        cause = once(() =>
          new VFileMessage(`Emphasis marker style \`'${actual}'\` first defined for \`'consistent'\` here`, {
            ancestors: trail(visit),
            place: node.position,
            ruleId: 'emphasis-marker',
            source: 'remark-lint',
          }),
        );
      } else if (actual !== expected) {
        file.message(`Unexpected emphasis marker \`${actual}\`, expected \`${expected}\``, { ancestors: trail(visit), cause: cause?.(), place: node.position });
      }
    }
  },
);

export default remarkLintEmphasisMarker;
