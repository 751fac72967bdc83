/**
 * ## heading-increment
 *
 * Warns when a heading is more than one level below the heading before it (`##` then `####`):
 * readers and screen readers use the levels as an outline. HTML (`<h3>`) and MDX (`<h3>`)
 * headings count too. Reports exactly what `remark-lint-heading-increment` (v4) reports, from the
 * shared walk.
 *
 * Options: none.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   ## When
 *
 *   ### Cases
 *
 * @example
 *   {"label": "input", "name": "not-ok.md"}
 *
 *   ## When
 *
 *   #### Cases
 *
 * @example
 *   {"label": "output", "name": "not-ok.md"}
 *
 *   3:1-3:11: Unexpected heading rank `4`, exected rank `3`
 */
import type { Nodes, Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { VFileMessage } from 'vfile-message';
import { indexTree, trail } from '../tree-index.js';

const htmlHeading = /<h([1-6])/;
const jsxHeadingName = /^h([1-6])$/;

function rankOf(node: Nodes): number | undefined {
  if (node.type === 'heading') return node.depth;
  if (node.type === 'html') {
    const match = node.value.match(htmlHeading);
    return match ? Number(match[1]) : undefined;
  }
  const element = node as { type: string; name?: string | null };
  if ((element.type === 'mdxJsxFlowElement' || element.type === 'mdxJsxTextElement') && element.name) {
    const match = element.name.match(jsxHeadingName);
    return match ? Number(match[1]) : undefined;
  }
  return undefined;
}

const remarkLintHeadingIncrement = lintRule<Root, undefined>(
  {
    origin: 'remark-lint:heading-increment',
    url: 'https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-heading-increment#readme',
  },
  (tree, file) => {
    // The latest heading of each rank, as ancestors-and-node; deeper ranks drop when a heading
    // of a higher one appears.
    const latest: Array<Nodes[] | undefined> = [];
    for (const visit of indexTree(tree, file).all) {
      const node = visit.node;
      const rank = rankOf(node);
      if (!rank) continue;
      let above: Nodes[] | undefined;
      for (let index = rank - 1; index >= 0 && !above; index--) above = latest[index];
      if (above) {
        const parent = above.at(-1)!;
        const parentRank = rankOf(parent)!;
        if (node.position && rank > parentRank + 1) {
          file.message(`Unexpected heading rank \`${rank}\`, exected rank \`${parentRank + 1}\``, {
            ancestors: trail(visit),
            cause: new VFileMessage('Parent heading defined here', {
              ancestors: above,
              place: parent.position,
              source: 'remark-lint',
              ruleId: 'heading-increment',
            }),
            place: node.position,
          });
        }
      }
      latest[rank] = trail(visit);
      latest.length = rank + 1;
    }
  },
);

export default remarkLintHeadingIncrement;
