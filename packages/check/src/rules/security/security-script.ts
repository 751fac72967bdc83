/**
 * Finds raw `<script>` elements in content.
 *
 * ## Why
 *
 * Content comes from pull requests, also from outsiders. A script in a post runs in every reader's
 * browser on the site's origin. Interactive pieces belong in the site's components, reviewed as
 * code. Under the untrusted-content policy (`checks.untrusted: true`) this is an error.
 *
 * ## Options
 *
 * None.
 *
 * @example
 *   {"name": "blog/ok.md"}
 *
 *   A paragraph that mentions `<script>` in code is fine.
 *
 * @example
 *   {"name": "blog/not-ok.md", "label": "input"}
 *
 *   Text.
 *
 *   <script>alert(1)</script>
 *
 * @example
 *   {"name": "blog/not-ok.md", "label": "output"}
 *
 *   3:1-3:8: Unexpected raw `<script>` element, expected no scripts in content
 */
import { defineRule } from '../../rule.js';
import { jsxElements, rawHtml } from './html.js';

export const securityScriptRule = defineRule({
  meta: {
    id: 'security-script',
    family: 'security',
    defaultSeverity: 'warning',
    description: 'Raw `<script>` elements in content.',
  },
  check(file, report) {
    const message = 'Unexpected raw `<script>` element, expected no scripts in content';
    for (const span of rawHtml(file)) {
      for (const match of span.value.matchAll(/<script\b/gi)) {
        const start = span.start + (match.index ?? 0);
        report({ message, place: { start: file.offsetToPoint(start), end: file.offsetToPoint(start + match[0].length) } });
      }
    }
    for (const element of jsxElements(file)) {
      if (element.name?.toLowerCase() !== 'script') continue;
      report({ message, place: { start: file.offsetToPoint(element.start), end: file.offsetToPoint(element.start + 7) } });
    }
  },
});
