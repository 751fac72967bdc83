/**
 * ## fenced-code-marker
 *
 * Warns when code fences do not use the same marker: the first fence of a file (`` ` `` or `~`)
 * sets it. Reports exactly what `remark-lint-fenced-code-marker` (v4) reports with `'consistent'`,
 * from the shared walk.
 *
 * Options: none.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   ```sh
 *   kafka-topics --list
 *   ```
 *
 * @example
 *   {"label": "input", "name": "not-ok.md"}
 *
 *   ```sh
 *   kafka-topics --list
 *   ```
 *
 *   ~~~sh
 *   kafka-topics --describe
 *   ~~~
 *
 * @example
 *   {"label": "output", "name": "not-ok.md"}
 *
 *   5:1-7:4: Unexpected fenced code marker `~`, expected `` ` ``
 */
import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { pointStart } from 'unist-util-position';
import { VFileMessage } from 'vfile-message';
import { flowVisitsOf, once, trail } from '../tree-index.js';

const display = (marker: string, quoted: boolean) =>
  marker === '~' ? (quoted ? "`'~'`" : '`~`') : quoted ? "``'`'``" : '`` ` ``';

const remarkLintFencedCodeMarker = lintRule<Root, undefined>(
  {
    origin: 'remark-lint:fenced-code-marker',
    url: 'https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-fenced-code-marker#readme',
  },
  (tree, file) => {
    const value = String(file);
    let expected: string | undefined;
    let cause: (() => VFileMessage) | undefined;
    for (const visit of flowVisitsOf(tree, file, 'code')) {
      const node = visit.node;
      const start = pointStart(node);
      if (!start || typeof start.offset !== 'number') continue;
      // The first non-white character of the fence line (up to three spaces of indent); an
      // indented code block has neither marker and is not this rule's business.
      const marker = value.slice(start.offset, start.offset + 4).replace(/^\s+/, '').charAt(0);
      if (marker !== '`' && marker !== '~') continue;
      if (expected === undefined) {
        expected = marker;
        cause = once(() =>
          new VFileMessage(`Fenced code marker style ${display(marker, true)} first defined for \`'consistent'\` here`, {
            ancestors: trail(visit),
            place: node.position,
            ruleId: 'fenced-code-marker',
            source: 'remark-lint',
          }),
        );
      } else if (marker !== expected) {
        file.message(`Unexpected fenced code marker ${display(marker, false)}, expected ${display(expected, false)}`, {
          ancestors: trail(visit),
          cause: cause?.(),
          place: node.position,
        });
      }
    }
  },
);

export default remarkLintFencedCodeMarker;
