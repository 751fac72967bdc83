/**
 * ## no-shortcut-reference-image
 *
 * Warns for shortcut reference images (`![text]`): a later definition with the same label turns
 * them into images, and they read like plain text where none exists. Reports exactly what
 * `remark-lint-no-shortcut-reference-image` (v4) reports, from the shared walk.
 *
 * Options: none.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   ![Kafka][]
 *
 *   [kafka]: kafka.png
 *
 * @example
 *   {"label": "input", "name": "not-ok.md"}
 *
 *   ![Kafka]
 *
 *   [kafka]: kafka.png
 *
 * @example
 *   {"label": "output", "name": "not-ok.md"}
 *
 *   1:1-1:9: Unexpected shortcut reference image (`![text]`), expected collapsed reference (`![text][]`)
 */
import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { trail, visitsOf } from '../tree-index.js';

const remarkLintNoShortcutReferenceImage = lintRule<Root, undefined>(
  {
    origin: 'remark-lint:no-shortcut-reference-image',
    url: 'https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-no-shortcut-reference-image#readme',
  },
  (tree, file) => {
    for (const visit of visitsOf(tree, file, 'imageReference')) {
      const node = visit.node;
      if (node.type !== 'imageReference' || !node.position || node.referenceType !== 'shortcut') continue;
      file.message('Unexpected shortcut reference image (`![text]`), expected collapsed reference (`![text][]`)', {
        ancestors: trail(visit),
        place: node.position,
      });
    }
  },
);

export default remarkLintNoShortcutReferenceImage;
