/**
 * ## checkbox-character-style
 *
 * Warns when task list checkboxes are not written the same way: the first checked (`x` or `X`) and
 * the first unchecked (space or tab) checkbox of a file set the style of the rest. Reports
 * exactly what `remark-lint-checkbox-character-style` (v5) reports with `'consistent'`, from the
 * shared walk.
 *
 * Options: none.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   - [x] Kafka
 *   - [x] Pulsar
 *
 * @example
 *   {"label": "input", "name": "not-ok.md"}
 *
 *   - [x] Kafka
 *   - [X] Pulsar
 *
 * @example
 *   {"label": "output", "name": "not-ok.md"}
 *
 *   2:5: Unexpected checked checkbox value `X`, expected `x`
 */
import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { pointStart } from 'unist-util-position';
import { VFileMessage } from 'vfile-message';
import { flowVisitsOf, once, trail } from '../tree-index.js';

interface Style {
  expected: string;
  cause: () => VFileMessage;
}

const display = (character: string) => (character === '\t' ? '\\t' : character);

const remarkLintCheckboxCharacterStyle = lintRule<Root, undefined>(
  {
    origin: 'remark-lint:checkbox-character-style',
    url: 'https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-checkbox-character-style#readme',
  },
  (tree, file) => {
    const value = String(file);
    let checked: Style | undefined;
    let unchecked: Style | undefined;
    for (const visit of flowVisitsOf(tree, file, 'listItem')) {
      const item = visit.node;
      if (item.type !== 'listItem') continue;
      const headStart = pointStart(item.children[0]);
      if (!headStart || typeof item.checked !== 'boolean' || typeof headStart.offset !== 'number') continue;
      // The place is the `]`, two before the content, as upstream reports it.
      const place = { line: headStart.line, column: headStart.column - 2, offset: headStart.offset - 2 };
      const match = /\[([\t Xx])]/.exec(value.slice(place.offset - 2, place.offset + 1));
      if (!match) continue;
      const actual = match[1]!;
      const style = item.checked ? checked : unchecked;
      if (!style) {
        const first: Style = {
          expected: actual,
          cause: once(
            () =>
              new VFileMessage(`${item.checked ? 'C' : 'Unc'}hecked checkbox style \`'${display(actual)}'\` first defined for \`'consistent'\` here`, {
                ancestors: trail(visit),
                place,
                ruleId: 'checkbox-character-style',
                source: 'remark-lint',
              }),
          ),
        };
        if (item.checked) checked = first;
        else unchecked = first;
      } else if (actual !== style.expected) {
        file.message(
          `Unexpected ${item.checked ? '' : 'un'}checked checkbox value \`${display(actual)}\`, expected \`${display(style.expected)}\``,
          { ancestors: trail(visit), cause: style.cause(), place },
        );
      }
    }
  },
);

export default remarkLintCheckboxCharacterStyle;
