import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { pointStart } from 'unist-util-position';
import { VFileMessage } from 'vfile-message';
import { once, trail, visitsOf } from './tree-index.js';

/**
 * A rule in the way of `remark-lint-emphasis-marker` and `remark-lint-strong-marker` (v4) with
 * `'consistent'`: the first `node` in a file (written with `*` or `_`) sets the marker for the
 * rest, and each other marker is reported with that first one as its cause.
 */
export function consistentMarkerRule(node: 'emphasis' | 'strong', label: 'Emphasis' | 'Strong') {
  const ruleId = `${node}-marker`;
  return lintRule<Root, undefined>(
    {
      origin: `remark-lint:${ruleId}`,
      url: `https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-${ruleId}#readme`,
    },
    (tree, file) => {
      const value = String(file);
      let expected: string | undefined;
      let cause: (() => VFileMessage) | undefined;
      for (const visit of visitsOf(tree, file, node)) {
        const start = pointStart(visit.node);
        if (!start || typeof start.offset !== 'number') continue;
        const actual = value.charAt(start.offset);
        if (actual !== '*' && actual !== '_') continue;
        if (expected === undefined) {
          expected = actual;
          cause = once(() =>
            new VFileMessage(`${label} marker style \`'${actual}'\` first defined for \`'consistent'\` here`, {
              ancestors: trail(visit),
              place: visit.node.position,
              ruleId,
              source: 'remark-lint',
            }),
          );
        } else if (actual !== expected) {
          file.message(`Unexpected ${node} marker \`${actual}\`, expected \`${expected}\``, { ancestors: trail(visit), cause: cause?.(), place: visit.node.position });
        }
      }
    },
  );
}
