/**
 * ## hard-break-spaces
 *
 * Warns for a hard break made of more than two trailing spaces: two are enough, and more are
 * invisible noise. Reports exactly what `remark-lint-hard-break-spaces` (v4) reports with its
 * default (spaces allowed), from the shared walk.
 *
 * Options: none.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   Line one␠␠
 *   line two.
 *
 * @example
 *   {"label": "input", "name": "not-ok.md"}
 *
 *   Line one␠␠␠
 *   line two.
 *
 * @example
 *   {"label": "output", "name": "not-ok.md"}
 *
 *   1:9-2:1: Unexpected `3` spaces for hard break, expected `2` spaces
 */
import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { pointEnd, pointStart } from 'unist-util-position';
import { visitsOf } from '../tree-index.js';

const remarkLintHardBreakSpaces = lintRule<Root, undefined>(
  {
    origin: 'remark-lint:hard-break-spaces',
    url: 'https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-hard-break-spaces#readme',
  },
  (tree, file) => {
    const value = String(file);
    for (const visit of visitsOf(tree, file, 'break')) {
      const node = visit.node;
      const start = pointStart(node);
      const end = pointEnd(node);
      if (!start || !end || typeof start.offset !== 'number' || typeof end.offset !== 'number') continue;
      let spaces = 0;
      while (spaces < end.offset - start.offset && value.charCodeAt(start.offset + spaces) === 32) spaces++;
      // Passing the node itself, as upstream does, makes it the place and the only ancestor.
      if (spaces > 2) file.message(`Unexpected \`${spaces}\` spaces for hard break, expected \`2\` spaces`, node);
    }
  },
);

export default remarkLintHardBreakSpaces;
