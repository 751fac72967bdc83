import type { Definition, Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { visit } from 'unist-util-visit';
import type { Point, Position } from '../rule.js';

/** What kind of Markdown or HTML wrote the link. */
export type LinkKind = 'link' | 'image' | 'definition' | 'html';

export interface LinkOccurrence {
  /** The URL as written (HTML entities decoded, Markdown escapes resolved). */
  url: string;
  kind: LinkKind;
  /** The link node itself (`[text](url)`, `![alt](src)`, `[id]: url`, or the HTML attribute). */
  position: Position;
  /**
   * The text a reader sees: link text for links and references (`undefined` for images,
   * definitions and HTML, where it is not checked).
   */
  text?: string;
  /** Where the text is, when it is not inside the link node (a hero action's `text` key). */
  textPosition?: Position;
  /** `true` when a reader clicks it (links, references, `<a href>`); `false` for embedded resources. */
  navigates: boolean;
}

/** A link reference (`[text][id]`) whose definition is elsewhere: checked for its text only. */
export interface ReferenceOccurrence {
  text: string;
  position: Position;
}

type Element = DefaultTreeAdapterTypes.Element;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;

const urlAttributes: Record<string, 'href' | 'src'> = { href: 'href', src: 'src' };
const navigatingTags = new Set(['a', 'area']);

function positionOf(node: Nodes): Position | undefined {
  const { start, end } = node.position ?? {};
  if (!start || !end) return undefined;
  return { start: { ...start }, end: { ...end } };
}

/** The point `count` UTF-16 units after `start` in `text` (which begins at `start`). */
function advance(start: Point, text: string, count: number): Point {
  const before = text.slice(0, count);
  const lastNewline = before.lastIndexOf('\n');
  const line = start.line + (before.match(/\n/g)?.length ?? 0);
  const column = lastNewline === -1 ? start.column + count : count - lastNewline;
  return start.offset === undefined ? { line, column } : { line, column, offset: start.offset + count };
}

function* elements(parent: ParentNode): Generator<Element> {
  for (const child of parent.childNodes) {
    if ('tagName' in child) {
      yield child;
      yield* elements(child.tagName === 'template' ? (child as DefaultTreeAdapterTypes.Template).content : child);
    }
  }
}

/** The `href`/`src` attributes of raw HTML, each positioned on its attribute. */
export function htmlLinks(html: string, start: Point): LinkOccurrence[] {
  return linksOf(parseFragment(html, { sourceCodeLocationInfo: true }), html, start);
}

function linksOf(fragment: ParentNode, html: string, start: Point): LinkOccurrence[] {
  const found: LinkOccurrence[] = [];
  for (const element of elements(fragment)) {
    for (const attribute of element.attrs) {
      if (!urlAttributes[attribute.name]) continue;
      const location = element.sourceCodeLocation?.attrs?.[attribute.name];
      if (!location) continue;
      found.push({
        url: attribute.value.trim(),
        kind: 'html',
        position: { start: advance(start, html, location.startOffset), end: advance(start, html, location.endOffset) },
        navigates: navigatingTags.has(element.tagName) && attribute.name === 'href',
      });
    }
  }
  return found;
}

/** Links and anchor ids of one raw HTML node, from one parse of it. */
export function htmlFacts(html: string, start: Point): { links: LinkOccurrence[]; ids: string[] } {
  // Most HTML nodes are comments or bare tags: without these attribute names there is nothing to find.
  if (!/href|src|id|name/i.test(html)) return { links: [], ids: [] };
  const fragment = parseFragment(html, { sourceCodeLocationInfo: true });
  return { links: linksOf(fragment, html, start), ids: idsOf(fragment) };
}

function idsOf(fragment: ParentNode): string[] {
  const ids: string[] = [];
  for (const element of elements(fragment)) {
    for (const attribute of element.attrs) {
      if (attribute.name === 'id' || (attribute.name === 'name' && element.tagName === 'a')) ids.push(attribute.value);
    }
  }
  return ids;
}

/** `id` and `name` attributes of raw HTML: anchors a link may point at. */
export function htmlAnchorIds(html: string): string[] {
  return idsOf(parseFragment(html));
}

/**
 * Every link of a Markdown tree: links and autolinks, images, definitions, and `href`/`src` in raw
 * HTML. Links written as references (`[text][id]`) are resolved once, at their definition, and
 * listed in `references` for their text.
 */
export function collectLinks(tree: Root): { links: LinkOccurrence[]; references: ReferenceOccurrence[] } {
  const links: LinkOccurrence[] = [];
  const references: ReferenceOccurrence[] = [];
  const definitions = new Map<string, Definition>();
  visit(tree, 'definition', (node) => {
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node);
  });
  const linkedIds = new Set<string>();
  const imageIds = new Set<string>();
  visit(tree, (node) => {
    if (node.type === 'linkReference') linkedIds.add(node.identifier);
    if (node.type === 'imageReference') imageIds.add(node.identifier);
  });
  visit(tree, (node) => {
    const position = positionOf(node);
    if (!position) return;
    switch (node.type) {
      case 'link':
        links.push({ url: node.url, kind: 'link', position, text: toString(node), navigates: true });
        break;
      case 'image':
        links.push({ url: node.url, kind: 'image', position, navigates: false });
        break;
      case 'definition': {
        // A definition only images use is an image source: assets next to the content are fine there.
        const onlyImages = imageIds.has(node.identifier) && !linkedIds.has(node.identifier);
        links.push({ url: node.url, kind: onlyImages ? 'image' : 'definition', position, navigates: !onlyImages });
        break;
      }
      case 'linkReference':
        // Without a definition this is plain text on the page, not a link.
        if (definitions.has(node.identifier)) references.push({ text: toString(node), position });
        break;
      case 'html':
        links.push(...htmlLinks(node.value, position.start));
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        for (const attribute of node.attributes) {
          if (attribute.type !== 'mdxJsxAttribute' || !urlAttributes[attribute.name] || typeof attribute.value !== 'string') continue;
          links.push({
            url: attribute.value.trim(),
            kind: 'html',
            position,
            navigates: attribute.name === 'href',
          });
        }
        break;
      default:
        break;
    }
  });
  return { links, references };
}
