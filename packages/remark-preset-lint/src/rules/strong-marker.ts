/**
 * ## strong-marker
 *
 * Warns when strong markers are not used consistently: the first strong in a file (`*` or `_`)
 * sets the marker for the rest. Reports exactly what `remark-lint-strong-marker` (v4) reports with
 * `'consistent'`, from the shared walk.
 *
 * Options: none.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   **Kafka** and **Pulsar**
 *
 * @example
 *   {"label": "input", "name": "not-ok.md"}
 *
 *   **Kafka** and __Pulsar__
 *
 * @example
 *   {"label": "output", "name": "not-ok.md"}
 *
 *   1:15-1:25: Unexpected strong marker `_`, expected `*`
 */
import { consistentMarkerRule } from '../consistent-marker.js';

const remarkLintStrongMarker = consistentMarkerRule('strong', 'Strong');

export default remarkLintStrongMarker;
