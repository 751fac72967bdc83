/**
 * ## table-cell-padding
 *
 * Warns when table cells are not padded the same way: the first table of a file sets whether a
 * space goes between each `|` and the content (padded) or not (compact). This is upstream
 * `remark-lint-table-cell-padding` (v5) with `'consistent'`, run only on trees with a table: the
 * rule looks at nothing else.
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
 */
import remarkLintTableCellPadding from 'remark-lint-table-cell-padding';
import { onlyWhen } from '../gate.js';
import { flowVisitsOf } from '../tree-index.js';

export default onlyWhen(remarkLintTableCellPadding, (tree, file) => flowVisitsOf(tree, file, 'table').length > 0);
