/**
 * ## heading-style
 *
 * Warns for headings that are not ATX (`## Heading`): setext (underlined) and closed ATX
 * (`## Heading ##`) headings. Reports exactly what `remark-lint-heading-style` (v4) reports with
 * `'atx'`, from the shared walk.
 *
 * Options: none.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   ## Kafka
 *
 * @example
 *   {"label": "input", "name": "not-ok.md"}
 *
 *   Kafka
 *   =====
 *
 *   ## Pulsar ##
 *
 * @example
 *   {"label": "output", "name": "not-ok.md"}
 *
 *   1:1-2:6: Unexpected setext heading, expected ATX
 *   4:1-4:13: Unexpected ATX (closed) heading, expected ATX
 */
import type { Root } from 'mdast';
import { headingStyle } from 'mdast-util-heading-style';
import { lintRule } from 'unified-lint-rule';
import { position } from 'unist-util-position';
import { flowVisitsOf, trail } from '../tree-index.js';

const display = { atx: 'ATX', 'atx-closed': 'ATX (closed)', setext: 'setext' } as const;

const remarkLintHeadingStyle = lintRule<Root, undefined>(
  {
    origin: 'remark-lint:heading-style',
    url: 'https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-heading-style#readme',
  },
  (tree, file) => {
    for (const visit of flowVisitsOf(tree, file, 'heading')) {
      const node = visit.node;
      if (node.type !== 'heading') continue;
      const place = position(node);
      // Told to expect ATX, an ambiguous heading (no content, level 3 or more) counts as ATX.
      const actual = headingStyle(node, 'atx');
      if (!actual || !place || actual === 'atx') continue;
      file.message(`Unexpected ${display[actual]} heading, expected ${display.atx}`, { ancestors: trail(visit), place });
    }
  },
);

export default remarkLintHeadingStyle;
