import type { Root } from 'mdast';
import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import type { ContentFile } from '../../rule.js';
import { perTree } from '../../input/per-tree.js';
import { walkTree } from '../../input/walk-tree.js';

export interface RawSpan {
  /** Offset of `value` in the file text. */
  start: number;
  value: string;
}

/** Raw HTML in the file (Markdown `html` nodes), with the offset of each piece of source. */
export const rawHtml = perTree((file: ContentFile): RawSpan[] => {
  const spans: RawSpan[] = [];
  walkTree(file.tree as Root, (node) => {
    if (node.type !== 'html') return;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    spans.push({ start, value: file.text.slice(start, end) });
  });
  return spans;
});

export interface JsxElementInfo {
  name: string | null;
  attributes: { name: string; value: string | undefined; start: number | undefined; end: number | undefined }[];
  start: number;
  end: number;
}

/** MDX JSX elements with their attributes (MDX files only). */
export const jsxElements = perTree((file: ContentFile): JsxElementInfo[] => {
  // Only the MDX parser makes JSX nodes.
  if (file.format !== 'mdx') return [];
  const elements: JsxElementInfo[] = [];
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
});

/** An attribute of a raw HTML element, its value decoded as a browser decodes it. */
export interface HtmlAttribute {
  /** Lower case, with its prefix: `href`, `xlink:href`, `http-equiv`. */
  name: string;
  value: string;
  /** Offsets of the whole attribute (`name="value"`) in the file text. */
  start: number;
  end: number;
}

export interface HtmlElement {
  /** Lower case: `a`, `style`, `set`. */
  name: string;
  attributes: HtmlAttribute[];
  /** Offsets of the start tag's `<name` in the file text. */
  start: number;
  end: number;
}

/**
 * The elements of the file's raw HTML, parsed by parse5 as a browser parses them: attribute values
 * come out with their character references decoded (`&#106;`, `&colon;`, `&#x09;`), so a rule
 * reads what the browser will act on, not what the source spells.
 */
export const htmlElements = perTree((file: ContentFile): HtmlElement[] => {
  const found: HtmlElement[] = [];
  for (const span of rawHtml(file)) {
    if (!span.value.includes('<')) continue;
    const fragment = parseFragment(span.value, { sourceCodeLocationInfo: true });
    // A stack, not recursion: raw HTML may nest thousands of elements deep.
    const stack: DefaultTreeAdapterTypes.ParentNode[] = [fragment];
    const elements: DefaultTreeAdapterTypes.Element[] = [];
    while (stack.length > 0) {
      const parent = stack.pop()!;
      for (let index = parent.childNodes.length - 1; index >= 0; index--) {
        const child = parent.childNodes[index]!;
        if (!('tagName' in child)) continue;
        elements.push(child);
        stack.push(child.tagName === 'template' ? (child as DefaultTreeAdapterTypes.Template).content : child);
      }
    }
    for (const element of elements) {
      const location = element.sourceCodeLocation;
      // An element the parser made up (an implied `<tbody>`) has no tag in the source.
      const tag = location?.startTag;
      if (!tag) continue;
      const start = span.start + tag.startOffset;
      found.push({
        name: element.tagName.toLowerCase(),
        start,
        end: start + 1 + element.tagName.length,
        attributes: element.attrs.map((attribute) => {
          const name = (attribute.prefix ? `${attribute.prefix}:${attribute.name}` : attribute.name).toLowerCase();
          const place = location.attrs?.[name] ?? location.attrs?.[attribute.name] ?? tag;
          return { name, value: attribute.value, start: span.start + place.startOffset, end: span.start + place.endOffset };
        }),
      });
    }
  }
  return found;
});

/**
 * The scheme a browser reads in a URL, in lower case, or undefined for a relative URL. The URL
 * parser drops leading C0 controls and spaces and every tab and newline; this drops every control
 * character and space, which finds a little more than a browser would run, never less.
 */
export function urlScheme(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- control characters are what a browser strips
  return /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020\u007f]/g, ''))?.[1]?.toLowerCase();
}

/** Schemes that run code or make a document of the URL itself, instead of pointing at a page. */
export const activeSchemes: ReadonlySet<string> = new Set(['javascript', 'vbscript', 'data']);

/** Browsers ignore ASCII whitespace and control characters inside a URL scheme. */
export function isJavascriptUrl(url: string): boolean {
  return urlScheme(url) === 'javascript';
}
