/**
 * Finds raw HTML that navigates or rewrites links by itself: `<meta http-equiv="refresh">`, and
 * SVG `<set>`, `<animate>` and `<animateMotion>`-family elements that change an `href`.
 *
 * ## Why
 *
 * A meta refresh sends every reader of the page elsewhere, a `javascript:` URL included, without a
 * click. An SVG animation sets an attribute when it runs, after any check of the source's links:
 * `<set attributeName="href" to="javascript:…">` turns a harmless link into a script. Neither has
 * a place in content. Under the untrusted-content policy (`checks.untrusted: true`) this is an
 * error.
 *
 * ## Options
 *
 * None.
 *
 * @example
 *   {"name": "blog/ok.md"}
 *
 *   <svg viewBox="0 0 10 10"><circle r="4"><animate attributeName="r" values="4;5;4" dur="1s" /></circle></svg>
 *
 * @example
 *   {"name": "blog/not-ok.md", "label": "input"}
 *
 *   <meta http-equiv="Refresh" content="0;url=https://example.invalid/">
 *
 *   <svg><a href="/"><set attributeName="href" to="javascript:alert(1)" /><text>x</text></a></svg>
 *
 * @example
 *   {"name": "blog/not-ok.md", "label": "output"}
 *
 *   1:1-1:6: Unexpected `<meta http-equiv="refresh">`, expected links a reader follows
 *   3:18-3:22: Unexpected SVG `<set>` of `href`, expected links that stay as written
 */
import { defineRule } from '../../rule.js';
import { htmlElements, jsxElements } from './html.js';

/** SVG elements that set another element's attribute while the page runs. */
const animations = new Set(['set', 'animate', 'animatemotion', 'animatetransform', 'animatecolor']);

function animatesLink(attributes: readonly { name: string; value: string | undefined }[]): boolean {
  const target = attributes.find((attribute) => attribute.name.toLowerCase() === 'attributename')?.value?.trim().toLowerCase();
  return target === 'href' || target === 'xlink:href';
}

export const securityActiveHtmlRule = defineRule({
  meta: {
    id: 'security-active-html',
    family: 'security',
    defaultSeverity: 'warning',
    description: 'Meta refresh, and SVG animations that change a link, in content.',
  },
  check(file, report) {
    const refresh = 'Unexpected `<meta http-equiv="refresh">`, expected links a reader follows';
    const animation = (name: string) => `Unexpected SVG \`<${name}>\` of \`href\`, expected links that stay as written`;
    const at = (start: number, end: number) => ({ start: file.offsetToPoint(start), end: file.offsetToPoint(end) });
    const elements = [
      ...htmlElements(file),
      ...jsxElements(file).map((element) => ({ ...element, name: element.name ?? '', end: element.start + 1 + (element.name?.length ?? 0) })),
    ];
    for (const element of elements) {
      const name = element.name.toLowerCase();
      if (name === 'meta' && element.attributes.some((attribute) => attribute.name.toLowerCase() === 'http-equiv' && attribute.value?.trim().toLowerCase() === 'refresh')) {
        report({ message: refresh, place: at(element.start, element.end) });
      } else if (animations.has(name) && animatesLink(element.attributes)) {
        report({ message: animation(element.name), place: at(element.start, element.end) });
      }
    }
  },
});
