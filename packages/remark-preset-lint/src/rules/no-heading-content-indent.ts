/**
 * ## no-heading-content-indent
 *
 * Warns for more than one space between the hashes of an ATX heading and its content, or between
 * the content and closing hashes. Reports exactly what `remark-lint-no-heading-content-indent`
 * (v5) reports, from the shared walk.
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
 *   ##   Kafka
 *
 * @example
 *   {"label": "output", "name": "not-ok.md"}
 *
 *   1:6: Unexpected `3` spaces between hashes and content, expected `1` space, remove `2` spaces
 */
import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { pointEnd, pointStart } from 'unist-util-position';
import { flowVisitsOf, plural, trail } from '../tree-index.js';

const isBlank = (code: number) => code === 9 /* `\t` */ || code === 32; /* ` ` */

const remarkLintNoHeadingContentIndent = lintRule<Root, undefined>(
  {
    origin: 'remark-lint:no-heading-content-indent',
    url: 'https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-no-heading-content-indent#readme',
  },
  (tree, file) => {
    const value = String(file);
    for (const visit of flowVisitsOf(tree, file, 'heading')) {
      const start = pointStart(visit.node);
      const end = pointEnd(visit.node);
      if (!start || !end || typeof start.offset !== 'number' || typeof end.offset !== 'number') continue;

      // Opening hashes, then the blanks after them.
      let index = start.offset;
      while (value.charCodeAt(index) === 35 /* `#` */) index++;
      const hasOpening = index > start.offset;
      const afterHashes = index;
      while (isBlank(value.charCodeAt(index))) index++;
      const size = index - afterHashes;
      if (hasOpening && size > 1) {
        file.message(
          `Unexpected \`${size}\` ${plural('space', size)} between hashes and content, expected \`1\` space, remove \`${size - 1}\` ${plural('space', size - 1)}`,
          { ancestors: trail(visit), place: { line: start.line, column: start.column + (index - start.offset), offset: index } },
        );
      }
      const contentStart = index;

      // From the end: trailing blanks, closing hashes, then the blanks before them.
      index = end.offset;
      while (isBlank(value.charCodeAt(index - 1))) index--;
      const beforeTrailingBlanks = index;
      while (value.charCodeAt(index - 1) === 35 /* `#` */) index--;
      const hasClosing = index < beforeTrailingBlanks;
      const beforeHashes = index;
      while (isBlank(value.charCodeAt(index - 1))) index--;
      const endSize = beforeHashes - index;
      if (hasClosing && index > contentStart && endSize > 1) {
        file.message(
          `Unexpected \`${endSize}\` ${plural('space', endSize)} between content and hashes, expected \`1\` space, remove \`${endSize - 1}\` ${plural('space', endSize - 1)}`,
          { ancestors: trail(visit), place: { line: end.line, column: end.column - (end.offset - beforeHashes), offset: beforeHashes } },
        );
      }
    }
  },
);

export default remarkLintNoHeadingContentIndent;
