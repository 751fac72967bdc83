/**
 * ## no-duplicate-definitions
 *
 * Warns for a definition or footnote definition whose identifier was already defined: only the
 * first one is used. Reports exactly what `remark-lint-no-duplicate-definitions` (v4) reports,
 * from the shared walk.
 *
 * Options: none.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   [kafka]: https://kafka.apache.org/
 *   [pulsar]: https://pulsar.apache.org/
 *
 * @example
 *   {"label": "input", "name": "not-ok.md"}
 *
 *   [kafka]: https://kafka.apache.org/
 *   [Kafka]: https://kafka.apache.org/documentation/
 *
 * @example
 *   {"label": "output", "name": "not-ok.md"}
 *
 *   2:1-2:49: Unexpected definition with an already defined identifier (`kafka`), expected unique identifiers
 */
import type { Nodes, Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { VFileMessage } from 'vfile-message';
import { indexTree, trail } from '../tree-index.js';

const remarkLintNoDuplicateDefinitions = lintRule<Root, undefined>(
  {
    origin: 'remark-lint:no-duplicate-definitions',
    url: 'https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-no-duplicate-definitions#readme',
  },
  (tree, file) => {
    const first = { definition: new Map<string, Nodes[]>(), footnoteDefinition: new Map<string, Nodes[]>() };
    // Both kinds in one preorder pass, so messages come in document order.
    for (const visit of indexTree(tree, file).all) {
      const node = visit.node;
      if (visit.inPhrasing || (node.type !== 'definition' && node.type !== 'footnoteDefinition')) continue;
      if (!node.identifier || !node.position) continue;
      const seen = first[node.type];
      const ancestors = trail(visit);
      const earlier = seen.get(node.identifier);
      if (earlier) {
        const duplicate = earlier.at(-1)!;
        file.message(
          `Unexpected ${node.type === 'footnoteDefinition' ? 'footnote ' : ''}definition with an already defined identifier (\`${node.identifier}\`), expected unique identifiers`,
          {
            ancestors,
            cause: new VFileMessage('Identifier already defined here', {
              ancestors: earlier,
              place: duplicate.position,
              source: 'remark-lint',
              ruleId: 'no-duplicate-definitions',
            }),
            place: node.position,
          },
        );
      }
      // The last one seen, as upstream: a third copy points back at the second.
      seen.set(node.identifier, ancestors);
    }
  },
);

export default remarkLintNoDuplicateDefinitions;
