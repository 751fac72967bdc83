/**
 * ## no-trailing-spaces
 *
 * Warns for whitespace at the end of a line: nobody sees it, and editors strip it, so it turns
 * up as noise in diffs. Reports what `remark-lint-no-trailing-spaces` (v5) reports, with the same
 * message and place, except where the spaces mean something: the two or more spaces of a hard
 * break (removing them joins the lines) and the lines inside a code block (code shows them as
 * written). Spaces at the end of a paragraph, on a blank line and after a code fence's markers
 * are still reported.
 *
 * Options: none.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   Line one␠␠
 *   line two.
 *
 *   ```text
 *   kept as written␠␠
 *   ```
 *
 * @example
 *   {"label": "input", "name": "not-ok.md"}
 *
 *   End of a paragraph.␠
 *   ␠␠
 *   ```text␠
 *   code
 *   ```
 *
 * @example
 *   {"label": "output", "name": "not-ok.md"}
 *
 *   1:20-1:21: Remove trailing whitespace
 *   2:1-2:3: Remove trailing whitespace
 *   3:8-3:9: Remove trailing whitespace
 */
import type { Root } from 'mdast';
import type { Position } from 'unist';
import { lintRule } from 'unified-lint-rule';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { visitsOf } from '../tree-index.js';

// A fence line: the opening one, or a closing one of the same marker.
const fenceLine = /^[ \t>]*([`~])\1{2,}/;

const remarkLintNoTrailingSpaces = lintRule<Root, undefined>(
  // No `url`: upstream's messages carry none.
  { origin: 'remark-lint:no-trailing-spaces' },
  (tree, file) => {
    const value = String(file);
    // Lines are split as upstream splits them, before anything else: most files have no finding.
    const lines = value.split(/\r?\n/);
    if (!lines.some((line) => /\s$/.test(line))) return;
    const points = location(file);
    const breaks = new Set<number>();
    for (const visit of visitsOf(tree, file, 'break')) {
      const offset = visit.node.position?.start.offset;
      if (typeof offset === 'number' && value.charCodeAt(offset) === 32) breaks.add(offset);
    }
    const codeLines = codeContentLines(tree, file, value);
    for (let index = 0; index < lines.length; index++) {
      const line = lines[index]!;
      const match = /\s+$/.exec(line);
      if (!match) continue;
      const lineNumber = index + 1;
      if (codeLines.has(lineNumber)) continue;
      const startOffset = points.toOffset({ line: lineNumber, column: match.index + 1 });
      if (startOffset !== undefined && breaks.has(startOffset)) continue;
      const start = points.toPoint(startOffset);
      const end = points.toPoint(points.toOffset({ line: lineNumber, column: line.length + 1 }));
      // Upstream's place, also when the end cannot be placed (a lone `\r` ending a line).
      file.message('Remove trailing whitespace', { place: { start, end } as Position });
    }
  },
);

/**
 * The lines a code block shows as written: all lines of an indented block, the lines between the
 * fences of a fenced one (up to its end when the document ends before the closing fence).
 */
function codeContentLines(tree: Root, file: VFile, value: string): Set<number> {
  const lines = new Set<number>();
  for (const visit of visitsOf(tree, file, 'code')) {
    const position = visit.node.position;
    if (!position || typeof position.start.offset !== 'number' || typeof position.end.offset !== 'number') continue;
    const source = value.slice(position.start.offset, position.end.offset);
    const first = position.start.line;
    const last = position.end.line;
    if (!fenceLine.test(source)) {
      for (let line = first; line <= last; line++) lines.add(line);
      continue;
    }
    const lastLine = source.slice(source.lastIndexOf('\n') + 1);
    const closed = last > first && fenceLine.test(lastLine);
    for (let line = first + 1; line <= (closed ? last - 1 : last); line++) lines.add(line);
  }
  return lines;
}

export default remarkLintNoTrailingSpaces;
