import GithubSlugger from 'github-slugger';
import type { Heading, Nodes, Root } from 'mdast';
import remarkSmartypants from 'remark-smartypants';
import type { AnchorHeading } from '../rule.js';
import { htmlAnchorIds } from './html.js';
import { walkTree } from './walk-tree.js';

export interface FileAnchors {
  /** Every id a link may point at in this file's page. */
  ids: Set<string>;
  headings: AnchorHeading[];
}

/**
 * The heading text the sites slug: text and inline code as rendered, with SmartyPants applied
 * (the sites' Markdown pipeline curls quotes before ids are made, so `What's` becomes `What’s`,
 * which slugs differently from the straight quote), raw HTML and image alt text left out: the
 * sites slug the text nodes of the rendered heading element (`rehypeHeadingIds` of `@pressroom/markdown`).
 */
export function renderedHeadingText(heading: Heading): string {
  // SmartyPants only rewrites quotes, backticks, dashes and dots in text: a heading without them
  // renders as written, and most headings have none, so the copy is made only when it can matter.
  let plain = '';
  let typographic = false;
  walkTree(heading, (node) => {
    if (node.type === 'text' || node.type === 'inlineCode') plain += node.value;
    if (node.type === 'text' && /['"`.-]/.test(node.value)) typographic = true;
  });
  if (!typographic) return plain;
  const copy = structuredClone(heading);
  smartypants({ type: 'root', children: [copy] });
  let text = '';
  walkTree(copy, (node) => {
    if (node.type === 'text' || node.type === 'inlineCode') text += node.value;
  });
  return text;
}

// The same options the sites' processor passes: none, so SmartyPants' defaults.
const smartypants = (remarkSmartypants as unknown as () => (tree: Root) => void)();

const footnotePrefix = 'user-content-';

/** The id GFM footnotes get for a label (lower case, URL-encoded), as mdast-util-to-hast makes it. */
function footnoteId(identifier: string): string {
  return encodeURIComponent(identifier.toLowerCase());
}

/**
 * Collects the ids of a Markdown file's page node by node, in document order: heading slugs by
 * github-slugger (so a repeated heading gets `-1`, `-2`), `id` and `name` attributes in raw HTML,
 * and GFM footnotes. Fed by one walk of the tree, shared with the other facts of the file.
 */
export class AnchorCollector {
  readonly #slugger = new GithubSlugger();
  readonly #ids = new Set<string>();
  readonly #headings: AnchorHeading[] = [];
  #footnoteReferences = 0;

  /** Takes the ids a node brings; `htmlIds` are the ids already read from an `html` node. */
  add(node: Nodes, htmlIds?: () => readonly string[]): void {
    switch (node.type) {
      case 'heading': {
        const text = renderedHeadingText(node);
        const slug = this.#slugger.slug(text);
        this.#ids.add(slug);
        this.#headings.push({ slug, text });
        break;
      }
      case 'html':
        for (const id of htmlIds ? htmlIds() : htmlAnchorIds(node.value)) this.#ids.add(id);
        break;
      case 'footnoteDefinition':
        this.#ids.add(`${footnotePrefix}fn-${footnoteId(node.identifier)}`);
        break;
      case 'footnoteReference':
        this.#footnoteReferences++;
        this.#ids.add(`${footnotePrefix}fnref-${footnoteId(node.identifier)}`);
        break;
      default:
        break;
    }
  }

  result(): FileAnchors {
    const ids = new Set(this.#ids);
    if (this.#footnoteReferences > 0) ids.add('footnote-label');
    return { ids, headings: [...this.#headings] };
  }
}

/** The ids of a Markdown file's page (see `AnchorCollector`). */
export function collectAnchors(tree: Root): FileAnchors {
  const collector = new AnchorCollector();
  walkTree(tree, (node) => collector.add(node));
  return collector.result();
}
