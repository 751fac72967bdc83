/**
 * ## emphasis-marker
 *
 * Warns when emphasis markers are not used consistently: the first emphasis in a file (`*` or `_`)
 * sets the marker for the rest. Reports exactly what `remark-lint-emphasis-marker` (v4) reports with
 * `'consistent'`, from the shared walk.
 *
 * Options: none.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   *Kafka* and *Pulsar*
 *
 * @example
 *   {"label": "input", "name": "not-ok.md"}
 *
 *   *Kafka* and _Pulsar_
 *
 * @example
 *   {"label": "output", "name": "not-ok.md"}
 *
 *   1:13-1:21: Unexpected emphasis marker `_`, expected `*`
 */
import { consistentMarkerRule } from '../consistent-marker.js';

const remarkLintEmphasisMarker = consistentMarkerRule('emphasis', 'Emphasis');

export default remarkLintEmphasisMarker;
