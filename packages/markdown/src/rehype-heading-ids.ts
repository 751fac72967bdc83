import GithubSlugger from 'github-slugger';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

const headingTagName = /^h[1-6]$/;

/** The depth of a heading element (1 for `h1`), or undefined for anything else. */
export function headingDepth(node: Element): number | undefined {
  return headingTagName.test(node.tagName) ? Number(node.tagName[1]) : undefined;
}

/**
 * Gives every heading an id slugged from its text by `github-slugger`, one slugger per document,
 * so a repeated heading gets `-1`, `-2`: the ids the link checks expect. An id set by the author
 * is kept.
 */
export const rehypeHeadingIds: Plugin<[], Root> = () => (tree) => {
  const slugger = new GithubSlugger();
  visit(tree, 'element', (node) => {
    if (headingDepth(node) === undefined || typeof node.properties.id === 'string') return;
    node.properties.id = slugger.slug(toString(node));
  });
};
