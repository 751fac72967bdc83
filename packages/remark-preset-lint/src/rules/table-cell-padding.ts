/**
 * ## table-cell-padding
 *
 * Warns when table cells are not padded the same way: whether a space goes between each `|` and
 * the content (padded) or not (compact) is set by the first table of a file, from its widest
 * cells (the last of them decides). A cell may have extra spaces on the side it is not aligned
 * to, up to the width of its column. Reports what `remark-lint-table-cell-padding` (v5) reports
 * with `'consistent'`, from the shared walk, with one correction: in a table inside a block quote
 * or a list, a message on the delimiter row (`| --- |`) gives the column in the line, as every
 * other message does, where upstream counts from after the `>` or the list indent.
 *
 * Options: none.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   | Broker | Port |
 *   | ------ | ---- |
 *   | Kafka  | 9092 |
 *
 * @example
 *   {"label": "input", "name": "not-ok.md"}
 *
 *   | Broker | Port |
 *   | ------ | ---- |
 *   |Kafka  | 9092 |
 *
 * @example
 *   {"label": "output", "name": "not-ok.md"}
 *
 *   3:2: Unexpected `0` spaces between cell edge and content, expected `1` space, add `1` space
 *
 * @example
 *   {"label": "input", "name": "quoted.md"}
 *
 *   > | Broker | Port |
 *   > |------| ---- |
 *
 * @example
 *   {"label": "output", "name": "quoted.md"}
 *
 *   2:4: Unexpected `0` spaces between cell edge and content, expected `1` space, add `1` space
 *   2:10: Unexpected `0` spaces between cell content and edge, expected `1` space, add `1` space
 */
import type { AlignType, Nodes, Root, Table } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { pointEnd, pointStart } from 'unist-util-position';
import { VFileMessage } from 'vfile-message';
import { flowVisitsOf, once, plural, trail } from '../tree-index.js';

interface Point {
  line: number;
  column: number;
  offset: number;
}

interface Size {
  /** Spaces after the opening `|`; none when the cell does not start with one. */
  left: number | undefined;
  leftPoint: Point;
  /** Width of the content. */
  middle: number;
  /** Spaces before the closing `|`; none when the cell does not end with one. */
  right: number | undefined;
  rightPoint: Point;
}

interface Cell {
  align: AlignType | undefined;
  column: number;
  size: Size | undefined;
  /** The cell and its ancestors; the table's for cells of the delimiter row, which has no nodes. */
  ancestors: () => Nodes[];
}

type Style = 'compact' | 'padded';

const remarkLintTableCellPadding = lintRule<Root, 'consistent' | null | undefined>(
  {
    origin: 'remark-lint:table-cell-padding',
    url: 'https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-table-cell-padding#readme',
  },
  (tree, file, options) => {
    if (options !== null && options !== undefined && options !== 'consistent') {
      file.fail(`Unexpected value \`${String(options)}\` for \`style\`, expected \`'consistent'\``);
    }
    const value = String(file);
    let expected: Style | undefined;
    let cause: (() => VFileMessage) | undefined;

    for (const visit of flowVisitsOf(tree, file, 'table')) {
      const table = visit.node as Table;
      const tableTrail = once(() => trail(visit));
      const cells = cellsOf(table, tableTrail);
      const widths: number[] = [];
      for (const cell of cells) {
        if (cell.size && (widths[cell.column] === undefined || cell.size.middle > widths[cell.column]!)) widths[cell.column] = cell.size.middle;
      }
      if (!expected) {
        // Every cell as wide as its column sets the style; the last one wins, as upstream.
        for (const cell of cells) {
          if (!cell.size?.middle || cell.size.middle !== widths[cell.column]) continue;
          const decidedBy = cell;
          expected = cell.size.left ? 'padded' : 'compact';
          const style = expected;
          cause = once(() => {
            const ancestors = decidedBy.ancestors();
            return new VFileMessage(`Cell padding style \`'${style}'\` first defined for \`'consistent'\` here`, {
              ancestors,
              place: ancestors.at(-1)!.position,
              ruleId: 'table-cell-padding',
              source: 'remark-lint',
            });
          });
        }
      }
      if (!expected) continue;
      for (const cell of cells) {
        checkSide('left', cell, widths, expected);
        checkSide('right', cell, widths, expected);
      }
    }

    function checkSide(side: 'left' | 'right', cell: Cell, widths: number[], style: Style): void {
      const size = cell.size;
      if (!size) return;
      const actual = size[side];
      if (actual === undefined) return;
      const alignSpaces = widths[cell.column]! - size.middle;
      const min = style === 'compact' ? 0 : 1;
      let max = min;
      // The room a narrower cell has on the side its alignment leaves open.
      if (cell.align === 'center') max += Math.ceil(alignSpaces / 2);
      else if (cell.align === 'right' ? side === 'left' : side === 'right') max += alignSpaces;
      if (size.middle === 0) {
        // An empty cell is all padding: only its left side is checked, against the whole width.
        if (side === 'right') return;
        max = Math.max(max, widths[cell.column]! + 2 * min);
      }
      if (actual >= min && actual <= max) return;
      const toMin = min - actual;
      const toMax = max - actual;
      file.message(
        `Unexpected \`${actual}\` ${plural('space', actual)} between cell ${side === 'left' ? 'edge' : 'content'} and ${side === 'left' ? 'content' : 'edge'}, ` +
          `expected ${min === max ? '' : `between \`${min}\` (unaligned) and `}\`${max}\` ${min === max ? '' : '(aligned) '}${plural('space', max)}, ` +
          `${toMin < 0 ? 'remove' : 'add'}${toMin === toMax ? '' : ` between \`${Math.abs(toMax)}\` and`} \`${Math.abs(toMin)}\` ${plural('space', Math.abs(toMin))}`,
        { ancestors: cell.ancestors(), cause: cause?.(), place: side === 'left' ? size.leftPoint : size.rightPoint },
      );
    }

    /** The cells of every row, with the delimiter row's cells after the head row's. */
    function cellsOf(table: Table, tableTrail: () => Nodes[]): Cell[] {
      const align = table.align || [];
      const cells: Cell[] = [];
      table.children.forEach((row, rowIndex) => {
        row.children.forEach((cell, column) => {
          cells.push({
            align: align[column],
            ancestors: () => [...tableTrail(), row, cell],
            column,
            size: sizeOf(pointStart(cell), pointEnd(cell), column === row.children.length - 1),
          });
        });
        if (rowIndex === 0) cells.push(...delimiterCells(table, align, tableTrail));
      });
      return cells;
    }

    /** The cells of the `| --- | :-: |` row, read from the source: the tree has no node for it. */
    function delimiterCells(table: Table, align: Array<AlignType | undefined>, tableTrail: () => Nodes[]): Cell[] {
      const headEnd = pointEnd(table.children[0]);
      if (!headEnd || typeof headEnd.offset !== 'number') return [];
      let index = headEnd.offset;
      if (value.charCodeAt(index) === 13 /* `\r` */) index++;
      if (value.charCodeAt(index) !== 10 /* `\n` */) return [];
      index++;
      const line = headEnd.line + 1;
      const lineStart = index;
      // Indentation and block quote markers before the row.
      let code = value.charCodeAt(index);
      while (code === 9 || code === 32 || code === 62 /* `>` */) code = value.charCodeAt(++index);
      if (code !== 45 /* `-` */ && code !== 58 /* `:` */ && code !== 124 /* `|` */) return [];
      let lineEnd = value.indexOf('\n', index);
      if (lineEnd === -1) lineEnd = value.length;
      if (value.charCodeAt(lineEnd - 1) === 13 /* `\r` */) lineEnd--;

      const cells: Cell[] = [];
      let column = 0;
      let cellStart = index;
      let cellEnd = value.indexOf('|', index + (code === 124 ? 1 : 0));
      if (cellEnd === -1 || cellEnd > lineEnd) cellEnd = lineEnd;
      while (cellStart !== cellEnd) {
        let nextCellEnd = value.indexOf('|', cellEnd + 1);
        if (nextCellEnd === -1 || nextCellEnd > lineEnd) nextCellEnd = lineEnd;
        if (nextCellEnd === lineEnd) {
          // A closing `|` followed only by blanks ends the row: it belongs to this cell.
          let contentEnd = lineEnd;
          while (value.charCodeAt(contentEnd - 1) === 9 || value.charCodeAt(contentEnd - 1) === 32) contentEnd--;
          if (cellEnd + 1 === contentEnd) cellEnd = lineEnd;
        }
        cells.push({
          align: align[column],
          ancestors: tableTrail,
          column,
          size: sizeOf(
            { line, column: cellStart - lineStart + 1, offset: cellStart },
            { line, column: cellEnd - lineStart + 1, offset: cellEnd },
            cellEnd === lineEnd,
          ),
        });
        cellStart = cellEnd;
        cellEnd = nextCellEnd;
        column++;
      }
      return cells;
    }

    function sizeOf(start: { line: number; column: number; offset?: number } | undefined, end: typeof start, lastInRow: boolean): Size | undefined {
      if (!start || !end || typeof start.offset !== 'number' || typeof end.offset !== 'number') return undefined;
      let leftIndex = start.offset;
      let left: number | undefined;
      if (value.charCodeAt(leftIndex) === 124 /* `|` */) {
        left = 0;
        leftIndex++;
        while (value.charCodeAt(leftIndex) === 32) {
          left++;
          leftIndex++;
        }
      }
      let rightIndex = end.offset;
      if (lastInRow) {
        // The last cell's position runs to the end of the line, past its closing `|`.
        while (value.charCodeAt(rightIndex - 1) === 32) rightIndex--;
        if (rightIndex > leftIndex && value.charCodeAt(rightIndex - 1) === 124 /* `|` */) rightIndex--;
        else rightIndex = end.offset;
      }
      const rightEdge = rightIndex;
      let right: number | undefined;
      if (value.charCodeAt(rightIndex) === 124 /* `|` */) {
        right = 0;
        while (rightIndex - 1 > leftIndex && value.charCodeAt(rightIndex - 1) === 32) {
          right++;
          rightIndex--;
        }
      }
      return {
        left,
        leftPoint: { line: start.line, column: start.column + (leftIndex - start.offset), offset: leftIndex },
        middle: rightIndex - leftIndex,
        right,
        rightPoint: { line: end.line, column: end.column - (end.offset - rightEdge), offset: rightEdge },
      };
    }
  },
);

export default remarkLintTableCellPadding;
