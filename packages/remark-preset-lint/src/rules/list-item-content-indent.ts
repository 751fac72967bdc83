/**
 * ## list-item-content-indent
 *
 * Warns when the children of a list item do not start in the same column as its first child (a
 * task item's checkbox counts as part of the first child). Reports exactly what
 * `remark-lint-list-item-content-indent` (v4) reports, from the shared walk.
 *
 * Options: none.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   - Kafka
 *
 *     Pulsar
 *
 * @example
 *   {"label": "input", "name": "not-ok.md"}
 *
 *   1. Kafka
 *
 *       Pulsar
 *
 * @example
 *   {"label": "output", "name": "not-ok.md"}
 *
 *   3:5: Unexpected unaligned list item child, expected to align with first child, remove `1` space
 */
import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { pointStart } from 'unist-util-position';
import { VFileMessage } from 'vfile-message';
import { flowVisitsOf, plural, trail } from '../tree-index.js';

const remarkLintListItemContentIndent = lintRule<Root, undefined>(
  {
    origin: 'remark-lint:list-item-content-indent',
    url: 'https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-list-item-content-indent#readme',
  },
  (tree, file) => {
    const value = String(file);
    // The first child that set the alignment, carried across items: upstream attaches the latest
    // one to every message, so a message after an item with no positioned child points further up.
    let alignedAt: { ancestors: () => ReturnType<typeof trail>; place: { line: number; column: number; offset?: number } } | undefined;
    let cause: VFileMessage | undefined;
    for (const visit of flowVisitsOf(tree, file, 'listItem')) {
      const item = visit.node;
      if (item.type !== 'listItem') continue;
      let expected: number | undefined;
      item.children.forEach((child, index) => {
        const childStart = pointStart(child);
        if (!childStart || typeof childStart.offset !== 'number') return;
        let actual = childStart.column;
        if (index === 0 && typeof item.checked === 'boolean') {
          // Align on the checkbox, not on the text after it.
          let bracket = childStart.offset - 1;
          while (bracket > 0 && value.charCodeAt(bracket) !== 91 /* `[` */) bracket--;
          actual -= childStart.offset - bracket;
        }
        if (!expected) {
          expected = actual;
          // Built only when a message needs it: one per list item would cost more than the rule.
          alignedAt = { ancestors: () => [...trail(visit), child], place: childStart };
          cause = undefined;
          return;
        }
        if (actual === expected) return;
        const difference = expected - actual;
        const size = Math.abs(difference);
        cause ??= alignedAt && new VFileMessage('Alignment of first child first defined here', {
          ancestors: alignedAt.ancestors(),
          place: alignedAt.place,
          ruleId: 'list-item-content-indent',
          source: 'remark-lint',
        });
        file.message(
          `Unexpected unaligned list item child, expected to align with first child, ${difference > 0 ? 'add' : 'remove'} \`${size}\` ${plural('space', size)}`,
          { ancestors: [...trail(visit), child], cause, place: childStart },
        );
      });
    }
  },
);

export default remarkLintListItemContentIndent;
