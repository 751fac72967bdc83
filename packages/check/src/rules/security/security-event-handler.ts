/**
 * Finds inline event-handler attributes (`onclick=`, `onerror=`, …) in raw HTML and MDX elements.
 *
 * ## Why
 *
 * An event handler is a script in disguise: `<img src=x onerror="…">` runs code in every reader's
 * browser. Under the untrusted-content policy (`checks.untrusted: true`) this is an error.
 *
 * ## Options
 *
 * None.
 *
 * @example
 *   {"name": "blog/ok.md"}
 *
 *   <img src="/kafka.png" alt="A Kafka cluster">
 *
 * @example
 *   {"name": "blog/not-ok.md", "label": "input"}
 *
 *   <img src="x" onerror="alert(1)">
 *
 * @example
 *   {"name": "blog/not-ok.md", "label": "output"}
 *
 *   1:14-1:21: Unexpected event-handler attribute `onerror`, expected no scripts in content
 */
import { defineRule } from '../../rule.js';
import { jsxElements, rawHtml } from './html.js';

// An attribute name inside a tag: preceded by whitespace or a quote/slash, followed by `=`.
const handlerPattern = /(?<=<[a-z][^>]*?[\s"'/])(on[a-z]+)\s*=/gi;

export const securityEventHandlerRule = defineRule({
  meta: {
    id: 'security-event-handler',
    family: 'security',
    defaultSeverity: 'warning',
    description: 'Inline event-handler attributes such as `onclick` or `onerror`.',
  },
  check(file, report) {
    const describe = (name: string) => `Unexpected event-handler attribute \`${name}\`, expected no scripts in content`;
    for (const span of rawHtml(file)) {
      for (const match of span.value.matchAll(handlerPattern)) {
        const name = match[1] ?? '';
        const start = span.start + (match.index ?? 0);
        report({ message: describe(name), place: { start: file.offsetToPoint(start), end: file.offsetToPoint(start + name.length) } });
      }
    }
    for (const element of jsxElements(file)) {
      for (const attribute of element.attributes) {
        if (!/^on[A-Za-z]/.test(attribute.name)) continue;
        const start = attribute.start ?? element.start;
        report({ message: describe(attribute.name), place: { start: file.offsetToPoint(start), end: file.offsetToPoint(start + attribute.name.length) } });
      }
    }
  },
});
