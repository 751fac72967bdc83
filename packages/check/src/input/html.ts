import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import type { LinkOccurrence, Point } from '../rule.js';

type Element = DefaultTreeAdapterTypes.Element;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;

const urlAttributes: Record<string, 'href' | 'src'> = { href: 'href', src: 'src' };
const navigatingTags = new Set(['a', 'area']);

/** A line ending as micromark counts lines: `\r\n`, `\r` or `\n`. */
const lineEnding = /\r\n?|\n/g;

/** The point `count` UTF-16 units after `start` in `text` (which begins at `start`). */
function advance(start: Point, text: string, count: number): Point {
  const before = text.slice(0, count);
  let line = start.line;
  let lineStart: number | undefined;
  for (const ending of before.matchAll(lineEnding)) {
    line += 1;
    lineStart = ending.index + ending[0].length;
  }
  const column = lineStart === undefined ? start.column + count : count - lineStart + 1;
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
