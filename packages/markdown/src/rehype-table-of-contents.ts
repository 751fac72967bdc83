import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { toString } from 'hast-util-to-string';
import type { Plugin } from 'unified';
import { headingDepth } from './rehype-heading-ids.js';

export interface TableOfContentsOptions {
  /** Text of the heading the table is filled under (AstroPaper's convention). */
  heading?: RegExp;
  /** Deepest heading listed. */
  maxDepth?: number;
  /** Text of the toggle that opens the table. */
  summary?: string;
}

interface Entry {
  depth: number;
  id: string;
  text: string;
}

/**
 * Fills a collapsible table of contents under a "Table of contents" heading, listing the headings
 * that follow it. It works on HTML after the heading ids are set, so each link points at the id
 * the heading really has.
 */
export const rehypeTableOfContents: Plugin<[TableOfContentsOptions?], Root> = (options = {}) => {
  const { heading = /^(?:table[ -]of[ -])?contents?$|^toc$/i, maxDepth = 3, summary = 'Open table of contents' } = options;
  return (tree) => {
    const children = tree.children;
    const tocIndex = children.findIndex(
      (node) => node.type === 'element' && headingDepth(node) !== undefined && heading.test(toString(node).trim()),
    );
    if (tocIndex === -1) return;
    const tocHeading = children[tocIndex] as Element;
    const topDepth = headingDepth(tocHeading)!;
    const entries: Entry[] = [];
    for (const node of children.slice(tocIndex + 1)) {
      if (node.type !== 'element') continue;
      const depth = headingDepth(node);
      const id = node.properties.id;
      if (depth === undefined || depth < topDepth || depth > maxDepth || typeof id !== 'string') continue;
      entries.push({ depth, id, text: toString(node) });
    }
    if (entries.length === 0) return;
    const details = h('details', { className: ['toc'] }, h('summary', summary), nestedList(entries, 0, Math.min(...entries.map((entry) => entry.depth))).list);
    children.splice(tocIndex + 1, 0, details);
  };
};

/**
 * Builds nested lists from headings in document order: a deeper heading nests under the one
 * before it; one that skips a level with nothing to nest under stays at the current level.
 */
function nestedList(entries: Entry[], start: number, depth: number): { list: Element; next: number } {
  const items: ElementContent[] = [];
  let index = start;
  while (index < entries.length) {
    const entry = entries[index]!;
    if (entry.depth < depth) break;
    if (entry.depth > depth && items.length > 0) {
      const nested = nestedList(entries, index, entry.depth);
      (items.at(-1) as Element).children.push(nested.list);
      index = nested.next;
      continue;
    }
    items.push(h('li', h('a', { href: `#${entry.id}` }, entry.text)));
    index += 1;
  }
  return { list: h('ul', items), next: index };
}
