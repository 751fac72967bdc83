/**
 * Finds raw `<iframe>`, `<frame>`, `<object>` and `<embed>` elements in content.
 *
 * ## Why
 *
 * Each of them loads another document or plugin into the page: a frame can show a look-alike
 * login form on the site's pages, and `srcdoc` carries a whole HTML document, scripts included.
 * Embeds the sites offer belong in their components, reviewed as code. Under the untrusted-content
 * policy (`checks.untrusted: true`) this is an error.
 *
 * ## Options
 *
 * None.
 *
 * @example
 *   {"name": "blog/ok.md"}
 *
 *   A paragraph that mentions `<iframe>` in code is fine.
 *
 * @example
 *   {"name": "blog/not-ok.md", "label": "input"}
 *
 *   Text.
 *
 *   <iframe src="https://example.com/"></iframe>
 *
 * @example
 *   {"name": "blog/not-ok.md", "label": "output"}
 *
 *   3:1-3:8: Unexpected raw `<iframe>` element, expected no embedded documents in content
 */
import { defineRule } from '../../rule.js';
import { jsxElements, rawHtml } from './html.js';

const embedding = new Set(['iframe', 'frame', 'object', 'embed']);

export const securityIframeRule = defineRule({
  meta: {
    id: 'security-iframe',
    family: 'security',
    defaultSeverity: 'warning',
    description: 'Raw `<iframe>`, `<frame>`, `<object>` and `<embed>` elements in content.',
  },
  check(file, report) {
    const message = (name: string) => `Unexpected raw \`<${name}>\` element, expected no embedded documents in content`;
    for (const span of rawHtml(file)) {
      for (const match of span.value.matchAll(/<(iframe|frame|object|embed)\b/gi)) {
        const start = span.start + (match.index ?? 0);
        report({ message: message(match[1]!.toLowerCase()), place: { start: file.offsetToPoint(start), end: file.offsetToPoint(start + match[0].length) } });
      }
    }
    for (const element of jsxElements(file)) {
      const name = element.name?.toLowerCase();
      if (!name || !embedding.has(name)) continue;
      report({ message: message(name), place: { start: file.offsetToPoint(element.start), end: file.offsetToPoint(element.start + name.length + 1) } });
    }
  },
});
