/**
 * ## rule-style
 *
 * Warns when thematic breaks are not written the same way: the first one of a file (`***`, `---`,
 * `* * *`…) sets it. Reports exactly what `remark-lint-rule-style` (v4) reports with
 * `'consistent'`, from the shared walk.
 *
 * Options: none.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   Kafka
 *
 *   ***
 *
 *   Pulsar
 *
 *   ***
 *
 * @example
 *   {"label": "input", "name": "not-ok.md"}
 *
 *   Kafka
 *
 *   ***
 *
 *   Pulsar
 *
 *   * * *
 *
 * @example
 *   {"label": "output", "name": "not-ok.md"}
 *
 *   7:1-7:6: Unexpected thematic rule `* * *`, expected `***`
 */
import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { pointEnd, pointStart } from 'unist-util-position';
import { VFileMessage } from 'vfile-message';
import { flowVisitsOf, once, trail } from '../tree-index.js';

const remarkLintRuleStyle = lintRule<Root, undefined>(
  {
    origin: 'remark-lint:rule-style',
    url: 'https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-rule-style#readme',
  },
  (tree, file) => {
    const value = String(file);
    let expected: string | undefined;
    let cause: (() => VFileMessage) | undefined;
    for (const visit of flowVisitsOf(tree, file, 'thematicBreak')) {
      const start = pointStart(visit.node);
      const end = pointEnd(visit.node);
      if (!start || !end || typeof start.offset !== 'number' || typeof end.offset !== 'number') continue;
      const place = { start, end };
      const actual = value.slice(start.offset, end.offset);
      // An empty source cannot set the expectation (upstream tests truthiness).
      if (!expected) {
        expected = actual;
        cause = once(() =>
          new VFileMessage(`Thematic rule style \`${actual}\` first defined for \`'consistent'\` here`, {
            ancestors: trail(visit),
            place,
            ruleId: 'rule-style',
            source: 'remark-lint',
          }),
        );
      } else if (actual !== expected) {
        file.message(`Unexpected thematic rule \`${actual}\`, expected \`${expected}\``, { ancestors: trail(visit), cause: cause?.(), place });
      }
    }
  },
);

export default remarkLintRuleStyle;
