/**
 * ## blockquote-indentation
 *
 * Warns when block quotes do not put the same number of spaces between `>` and their content: the
 * first block quote of a file sets it. Reports exactly what `remark-lint-blockquote-indentation`
 * (v4) reports with `'consistent'`, from the shared walk.
 *
 * Options: none.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   > Kafka
 *
 *   > Pulsar
 *
 * @example
 *   {"label": "input", "name": "not-ok.md"}
 *
 *   > Kafka
 *
 *   >   Pulsar
 *
 * @example
 *   {"label": "output", "name": "not-ok.md"}
 *
 *   3:5: Unexpected `4` spaces between block quote marker and content, expected `2` spaces, remove `2` spaces
 */
import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { pointStart } from 'unist-util-position';
import { flowVisitsOf, plural, trail } from '../tree-index.js';

const remarkLintBlockquoteIndentation = lintRule<Root, undefined>(
  {
    origin: 'remark-lint:blockquote-indentation',
    url: 'https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-blockquote-indentation#readme',
  },
  (tree, file) => {
    let expected: number | undefined;
    for (const visit of flowVisitsOf(tree, file, 'blockquote')) {
      const node = visit.node;
      if (node.type !== 'blockquote') continue;
      const start = pointStart(node);
      const headStart = pointStart(node.children[0]);
      if (!start || !headStart) continue;
      // The column of the content counted from the `>`, marker included.
      const actual = headStart.column - start.column;
      // `0` cannot set the expectation (upstream tests truthiness): the next quote does.
      if (!expected) {
        expected = actual;
        continue;
      }
      const difference = expected - actual;
      if (difference === 0) continue;
      const size = Math.abs(difference);
      file.message(
        `Unexpected \`${actual}\` ${plural('space', actual)} between block quote marker and content, expected \`${expected}\` ${plural('space', expected)}, ${difference > 0 ? 'add' : 'remove'} \`${size}\` ${plural('space', size)}`,
        { ancestors: trail(visit), place: headStart },
      );
    }
  },
);

export default remarkLintBlockquoteIndentation;
