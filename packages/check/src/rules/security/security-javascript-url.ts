/**
 * Finds `javascript:` URLs in links, images, definitions, raw HTML and MDX attributes.
 *
 * ## Why
 *
 * A `javascript:` link runs code when a reader clicks it. Browsers ignore case and control
 * characters in the scheme, so `JaVa\tScript:` is caught too. Under the untrusted-content policy
 * (`checks.untrusted: true`) this is an error.
 *
 * ## Options
 *
 * None.
 *
 * @example
 *   {"name": "blog/ok.md"}
 *
 *   Read [the intro](https://kafka.apache.org/intro).
 *
 * @example
 *   {"name": "blog/not-ok.md", "label": "input"}
 *
 *   Read [the intro](javascript:alert(1)).
 *
 *   <a href="JavaScript:alert(1)">the outro</a>
 *
 * @example
 *   {"name": "blog/not-ok.md", "label": "output"}
 *
 *   1:6-1:38: Unexpected `javascript:` URL, expected an http(s) or relative link
 *   3:10-3:29: Unexpected `javascript:` URL, expected an http(s) or relative link
 */
import type { Root } from 'mdast';
import { defineRule } from '../../rule.js';
import { isJavascriptUrl, jsxElements, rawHtml } from './html.js';
import { walkTree } from '../../input/walk-tree.js';

const attributeUrl = /\b(?:href|src|action|formaction|xlink:href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;

export const securityJavascriptUrlRule = defineRule({
  meta: {
    id: 'security-javascript-url',
    family: 'security',
    defaultSeverity: 'warning',
    description: '`javascript:` URLs in links, images and HTML attributes.',
  },
  check(file, report) {
    const message = 'Unexpected `javascript:` URL, expected an http(s) or relative link';
    walkTree(file.tree as Root, (node) => {
      if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
      const url = (node as { url: string }).url;
      if (!isJavascriptUrl(url) || !node.position) return;
      report({ message, place: node.position });
    });
    for (const span of rawHtml(file)) {
      for (const match of span.value.matchAll(attributeUrl)) {
        const value = match[1] ?? match[2] ?? match[3] ?? '';
        if (!isJavascriptUrl(value)) continue;
        const start = span.start + (match.index ?? 0) + match[0].lastIndexOf(value);
        report({ message, place: { start: file.offsetToPoint(start), end: file.offsetToPoint(start + value.length) } });
      }
    }
    for (const element of jsxElements(file)) {
      for (const attribute of element.attributes) {
        if (attribute.value === undefined || !isJavascriptUrl(attribute.value)) continue;
        const start = attribute.start ?? element.start;
        const end = attribute.end ?? start;
        report({ message, place: { start: file.offsetToPoint(start), end: file.offsetToPoint(end) } });
      }
    }
  },
});
