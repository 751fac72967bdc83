/**
 * Finds `javascript:`, `vbscript:` and `data:` URLs in links, images, definitions, raw HTML and
 * MDX attributes.
 *
 * ## Why
 *
 * A `javascript:` or `vbscript:` link runs code when a reader clicks it, and a `data:` URL makes a
 * document of its own text, which may hold a script. Browsers decode character references in
 * HTML attributes and ignore case, tabs, newlines and leading control characters in the scheme, so
 * the URL is read as the browser reads it: `&#106;avascript:`, `javascript&colon;`,
 * `jav&#x09;ascript:` and `JaVa\tScript:` are caught too. Under the untrusted-content policy
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
 *   <a href="&#106;avascript&colon;alert(1)">encoded</a> and <img src="data:image/svg+xml,x">
 *
 * @example
 *   {"name": "blog/not-ok.md", "label": "output"}
 *
 *   1:6-1:38: Unexpected `javascript:` URL, expected an http(s) or relative link
 *   3:4-3:30: Unexpected `javascript:` URL, expected an http(s) or relative link
 *   5:4-5:41: Unexpected `javascript:` URL, expected an http(s) or relative link
 *   5:63-5:89: Unexpected `data:` URL, expected an http(s) or relative link
 */
import type { Root } from 'mdast';
import { defineRule } from '../../rule.js';
import { activeSchemes, htmlElements, jsxElements, urlScheme } from './html.js';
import { walkTree } from '../../input/walk-tree.js';

/** Attributes whose value a browser loads or navigates to. */
const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'data', 'poster', 'background', 'cite', 'codebase', 'lowsrc', 'dynsrc', 'xlink:href']);

export const securityJavascriptUrlRule = defineRule({
  meta: {
    id: 'security-javascript-url',
    family: 'security',
    defaultSeverity: 'warning',
    description: '`javascript:`, `vbscript:` and `data:` URLs in links, images and HTML attributes.',
  },
  check(file, report) {
    const active = (url: string) => {
      const scheme = urlScheme(url);
      return scheme && activeSchemes.has(scheme) ? scheme : undefined;
    };
    const message = (scheme: string) => `Unexpected \`${scheme}:\` URL, expected an http(s) or relative link`;
    walkTree(file.tree as Root, (node) => {
      if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
      const scheme = active((node as { url: string }).url);
      if (!scheme || !node.position) return;
      report({ message: message(scheme), place: node.position });
    });
    for (const element of htmlElements(file)) {
      for (const attribute of element.attributes) {
        const scheme = urlAttributes.has(attribute.name) ? active(attribute.value) : undefined;
        if (!scheme) continue;
        report({ message: message(scheme), place: { start: file.offsetToPoint(attribute.start), end: file.offsetToPoint(attribute.end) } });
      }
    }
    for (const element of jsxElements(file)) {
      for (const attribute of element.attributes) {
        // Any attribute: a component may pass it on as a link (`to`, `url`).
        const scheme = attribute.value === undefined ? undefined : active(attribute.value);
        if (!scheme) continue;
        const start = attribute.start ?? element.start;
        const end = attribute.end ?? start;
        report({ message: message(scheme), place: { start: file.offsetToPoint(start), end: file.offsetToPoint(end) } });
      }
    }
  },
});
