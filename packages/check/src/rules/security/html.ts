import type { Root } from 'mdast';
import type { ContentFile } from '../../rule.js';
import { walkTree } from '../../input/walk-tree.js';

export interface RawSpan {
  /** Offset of `value` in the file text. */
  start: number;
  value: string;
}

const rawHtmlOf = new WeakMap<object, RawSpan[]>();
const jsxElementsOf = new WeakMap<object, JsxElementInfo[]>();

/** Raw HTML in the file (Markdown `html` nodes), with the offset of each piece of source. */
export function rawHtml(file: ContentFile): RawSpan[] {
  // Every security rule asks; the tree is walked once per file.
  const known = rawHtmlOf.get(file.tree);
  if (known) return known;
  const spans: RawSpan[] = [];
  rawHtmlOf.set(file.tree, spans);
  walkTree(file.tree as Root, (node) => {
    if (node.type !== 'html') return;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    spans.push({ start, value: file.text.slice(start, end) });
  });
  return spans;
}

export interface JsxElementInfo {
  name: string | null;
  attributes: { name: string; value: string | undefined; start: number | undefined; end: number | undefined }[];
  start: number;
  end: number;
}

/** MDX JSX elements with their attributes (MDX files only). */
export function jsxElements(file: ContentFile): JsxElementInfo[] {
  // Only the MDX parser makes JSX nodes.
  if (file.format !== 'mdx') return [];
  const known = jsxElementsOf.get(file.tree);
  if (known) return known;
  const elements: JsxElementInfo[] = [];
  jsxElementsOf.set(file.tree, elements);
  walkTree(file.tree as Root, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const element = node as unknown as {
      name: string | null;
      attributes: { type: string; name?: string; value?: unknown; position?: { start: { offset?: number }; end: { offset?: number } } }[];
      position?: { start: { offset?: number }; end: { offset?: number } };
    };
    const start = element.position?.start.offset;
    const end = element.position?.end.offset;
    if (start === undefined || end === undefined) return;
    elements.push({
      name: element.name,
      start,
      end,
      attributes: element.attributes
        .filter((attribute) => attribute.type === 'mdxJsxAttribute' && typeof attribute.name === 'string')
        .map((attribute) => ({
          name: attribute.name!,
          value: typeof attribute.value === 'string' ? attribute.value : undefined,
          start: attribute.position?.start.offset,
          end: attribute.position?.end.offset,
        })),
    });
  });
  return elements;
}

/** Browsers ignore ASCII whitespace and control characters inside a URL scheme. */
export function isJavascriptUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex -- control characters are what a browser strips
  return /^javascript:/i.test(url.replace(/[\u0000-\u0020]/g, ''));
}
