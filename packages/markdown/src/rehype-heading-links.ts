import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { toString } from 'hast-util-to-string';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { headingDepth } from './rehype-heading-ids.js';

export interface HeadingLinksOptions {
  /** Deepest heading that gets a link; `h1` is the page title and never gets one. */
  maxDepth?: number;
  /** The hidden text of the link, read by screen readers, from the heading's text. */
  label?: (headingText: string) => string;
}

/**
 * Puts a self-link after every heading that has an id. The link sits beside the heading, in a
 * wrapper, rather than inside it: the heading's accessible name and the heading text Astro
 * collects for the page stay the heading's own words.
 */
export const rehypeHeadingLinks: Plugin<[HeadingLinksOptions?], Root> = (options = {}) => {
  const { maxDepth = 6, label = (text) => `Section titled “${text}”` } = options;
  return (tree) => {
    visit(tree, 'element', (node, index, parent) => {
      const depth = headingDepth(node);
      if (depth === undefined || depth < 2 || depth > maxDepth || index === undefined || !parent) return;
      const id = node.properties.id;
      if (typeof id !== 'string' || id === '') return;
      const link: Element = h(
        'a',
        { className: ['heading-link'], href: `#${id}`, dataPagefindIgnore: '' },
        h('span', { ariaHidden: 'true' }, '#'),
        h('span', { className: ['sr-only'] }, label(toString(node))),
      );
      parent.children[index] = h('div', { className: ['heading-wrapper', `level-h${depth}`] }, node, link);
      return SKIP;
    });
  };
};
