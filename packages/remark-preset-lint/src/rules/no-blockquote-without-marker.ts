/**
 * ## no-blockquote-without-marker
 *
 * Warns for a line of a paragraph in a block quote that lacks its `>` (a lazy continuation line):
 * it reads as if it were outside the quote. Reports exactly what
 * `remark-lint-no-blockquote-without-marker` (v6) reports, from the shared walk.
 *
 * Options: none.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   > Kafka keeps
 *   > a log.
 *
 * @example
 *   {"label": "input", "name": "not-ok.md"}
 *
 *   > Kafka keeps
 *   a log.
 *
 * @example
 *   {"label": "output", "name": "not-ok.md"}
 *
 *   2:1: Unexpected `0` block quote markers before paragraph line, expected `1` marker, add `1` marker
 */
import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { pointEnd, pointStart } from 'unist-util-position';
import { location } from 'vfile-location';
import { flowVisitsOf, plural, trail, type Visit } from '../tree-index.js';

// Containers a quoted paragraph may sit in and still be checked; any other stops the check.
const transparent = new Set(['containerDirective', 'footnoteDefinition', 'list', 'listItem', 'root']);

function quoteDepth(visit: Visit): number | undefined {
  let depth = 0;
  for (let ancestor = visit.parent; ancestor; ancestor = ancestor.parent) {
    if (ancestor.node.type === 'blockquote') depth++;
    else if (!transparent.has(ancestor.node.type)) return undefined;
  }
  return depth;
}

const remarkLintNoBlockquoteWithoutMarker = lintRule<Root, undefined>(
  {
    origin: 'remark-lint:no-blockquote-without-marker',
    url: 'https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-no-blockquote-without-marker#readme',
  },
  (tree, file) => {
    const value = String(file);
    // Line offsets are only needed for quoted paragraphs: most posts have none.
    let lines: ReturnType<typeof location> | undefined;
    for (const visit of flowVisitsOf(tree, file, 'paragraph')) {
      const expected = quoteDepth(visit);
      if (!expected) continue;
      const start = pointStart(visit.node);
      const end = pointEnd(visit.node);
      if (!start || !end) continue;
      lines ??= location(file);
      for (let line = start.line + 1; line <= end.line; line++) {
        let index = lines.toOffset({ line, column: 1 })!;
        let markers = 0;
        for (; index < value.length; index++) {
          const code = value.charCodeAt(index);
          if (code === 62 /* `>` */) markers++;
          else if (code !== 9 && code !== 32) break;
        }
        const difference = expected - markers;
        if (!difference) continue;
        file.message(
          `Unexpected \`${markers}\` block quote ${plural('marker', markers)} before paragraph line, expected \`${expected}\` ${plural('marker', expected)}, add \`${difference}\` ${plural('marker', difference)}`,
          { ancestors: trail(visit), place: lines.toPoint(index)! },
        );
      }
    }
  },
);

export default remarkLintNoBlockquoteWithoutMarker;
