/**
 * ## no-shortcut-reference-link
 *
 * Warns for shortcut reference links (`[text]`): a later definition with the same label turns them
 * into links, and they read like plain text in brackets where none exists. Reports exactly what
 * `remark-lint-no-shortcut-reference-link` (v4) reports, from the shared walk.
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
 *   See [Kafka].
 *
 *   [kafka]: https://kafka.apache.org/
 *
 * @example
 *   {"label": "output", "name": "not-ok.md"}
 *
 *   1:5-1:12: Unexpected shortcut reference link (`[text]`), expected collapsed reference (`[text][]`)
 */
import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { trail, visitsOf } from '../tree-index.js';

const remarkLintNoShortcutReferenceLink = lintRule<Root, undefined>(
  {
    origin: 'remark-lint:no-shortcut-reference-link',
    url: 'https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-no-shortcut-reference-link#readme',
  },
  (tree, file) => {
    for (const visit of visitsOf(tree, file, 'linkReference')) {
      const node = visit.node;
      if (node.type !== 'linkReference' || !node.position || node.referenceType !== 'shortcut') continue;
      file.message('Unexpected shortcut reference link (`[text]`), expected collapsed reference (`[text][]`)', {
        ancestors: trail(visit),
        place: node.position,
      });
    }
  },
);

export default remarkLintNoShortcutReferenceLink;
