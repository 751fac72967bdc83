/**
 * ## no-unused-definitions
 *
 * Warns for a definition or footnote definition that nothing references. Reports exactly what
 * `remark-lint-no-unused-definitions` (v4) reports, from the shared walk.
 *
 * Options: none.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   See [Kafka][].
 *
 *   [kafka]: https://kafka.apache.org/
 *
 * @example
 *   {"label": "input", "name": "not-ok.md"}
 *
 *   See Kafka.
 *
 *   [kafka]: https://kafka.apache.org/
 *
 * @example
 *   {"label": "output", "name": "not-ok.md"}
 *
 *   3:1-3:35: Unexpected unused definition, expected no definition or one or more references to `kafka`
 */
import type { Nodes, Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { indexTree, trail } from '../tree-index.js';

interface Usage {
  /** Of the last definition with this identifier; none when only references were seen. */
  ancestors: Nodes[] | undefined;
  used: boolean;
}

const remarkLintNoUnusedDefinitions = lintRule<Root, undefined>(
  {
    origin: 'remark-lint:no-unused-definitions',
    url: 'https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-no-unused-definitions#readme',
  },
  (tree, file) => {
    // Footnotes and links have separate identifier spaces; footnotes are reported first.
    const footnotes = new Map<string, Usage>();
    const links = new Map<string, Usage>();
    for (const visit of indexTree(tree, file).all) {
      const node = visit.node;
      if (!('identifier' in node)) continue;
      const usages = node.type === 'footnoteDefinition' || node.type === 'footnoteReference' ? footnotes : links;
      let usage = usages.get(node.identifier);
      if (!usage) {
        usage = { ancestors: undefined, used: false };
        usages.set(node.identifier, usage);
      }
      if (node.type === 'definition' || node.type === 'footnoteDefinition') usage.ancestors = trail(visit);
      else if (node.type === 'imageReference' || node.type === 'linkReference' || node.type === 'footnoteReference') usage.used = true;
    }
    for (const usage of [...footnotes.values(), ...links.values()]) {
      if (usage.used || !usage.ancestors) continue;
      const node = usage.ancestors.at(-1);
      if ((node?.type !== 'definition' && node?.type !== 'footnoteDefinition') || !node.position) continue;
      const prefix = node.type === 'footnoteDefinition' ? 'footnote ' : '';
      file.message(
        `Unexpected unused ${prefix}definition, expected no definition or one or more ${prefix}references to \`${node.identifier}\``,
        { ancestors: usage.ancestors, place: node.position },
      );
    }
  },
);

export default remarkLintNoUnusedDefinitions;
