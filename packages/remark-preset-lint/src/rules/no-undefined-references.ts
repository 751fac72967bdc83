/**
 * ## no-undefined-references
 *
 * Warns for text that looks like a reference (`[text][label]`, `[label]`, `![alt][label]`,
 * `[^note]`) but has no matching definition, so it renders as brackets. This is upstream
 * `remark-lint-no-undefined-references` (v5), run only on trees with a `[` in the source of some
 * text node: everything the rule reports starts at such a bracket.
 *
 * Options: none.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   See [Kafka][] and \[not a reference].
 *
 *   [kafka]: https://kafka.apache.org/
 *
 * @example
 *   {"label": "input", "name": "not-ok.md"}
 *
 *   See [Kafka][kafka-docs].
 *
 * @example
 *   {"label": "output", "name": "not-ok.md"}
 *
 *   1:5-1:24: Unexpected reference to undefined definition, expected corresponding definition (`kafka-docs`) for a link or escaped opening bracket (`\[`) for regular text
 */
import remarkLintNoUndefinedReferences from 'remark-lint-no-undefined-references';
import { onlyWhen } from '../gate.js';
import { visitsOf } from '../tree-index.js';

export default onlyWhen(remarkLintNoUndefinedReferences, (tree, file) => {
  const value = String(file);
  return visitsOf(tree, file, 'text').some(({ node }) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    return typeof start === 'number' && typeof end === 'number' && value.slice(start, end).includes('[');
  });
});
