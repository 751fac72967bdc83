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

/** Where Starlight's components come from, and the two whose rendering gives a page ids. */
const starlightComponents = '@astrojs/starlight/components';

interface JsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  children: Nodes[];
}

/** The local names an MDX `import { Tabs, TabItem as Item } from '@astrojs/starlight/components'` gives. */
function starlightImports(node: Nodes): Map<string, string> {
  const names = new Map<string, string>();
  const body = (node.data as { estree?: { body?: { type: string; source?: { value?: unknown }; specifiers?: unknown[] }[] } } | undefined)?.estree?.body ?? [];
  for (const statement of body) {
    if (statement.type !== 'ImportDeclaration' || statement.source?.value !== starlightComponents) continue;
    for (const specifier of (statement.specifiers ?? []) as { type: string; imported?: { name?: string }; local?: { name?: string } }[]) {
      if (specifier.type === 'ImportSpecifier' && specifier.imported?.name && specifier.local?.name) names.set(specifier.local.name, specifier.imported.name);
    }
  }
  return names;
}

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
  /** Local names of Starlight's components imported by the page: `Tabs` → `Tabs`. */
  readonly #components = new Map<string, string>();
  #tabSets = 0;

  /** Takes the ids a node brings; `htmlIds` are the ids already read from an `html` node. */
  add(node: Nodes, htmlIds?: () => readonly string[]): void {
    switch (node.type) {
      case 'mdxjsEsm':
        for (const [local, imported] of starlightImports(node)) this.#components.set(local, imported);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        if (this.#components.get((node as JsxElement).name ?? '') === 'Tabs') this.#addTabs(node as JsxElement);
        break;
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

  /**
   * Starlight's `<Tabs>` gives each of its `<TabItem>`s a tab and a panel id, numbered by the set's
   * place on the page and the item's place in the set (`tab-panel-0-1`), in the order they render.
   * An item inside another item, or inside a nested set, is not this set's.
   */
  #addTabs(tabs: JsxElement): void {
    const set = this.#tabSets++;
    let item = 0;
    const visit = (nodes: readonly Nodes[]): void => {
      for (const child of nodes) {
        if (child.type !== 'mdxJsxFlowElement' && child.type !== 'mdxJsxTextElement') {
          if ('children' in child) visit(child.children as Nodes[]);
          continue;
        }
        const component = this.#components.get((child as JsxElement).name ?? '');
        if (component === 'TabItem') {
          this.#ids.add(`tab-${set}-${item}`);
          this.#ids.add(`tab-panel-${set}-${item}`);
          item += 1;
        } else if (component !== 'Tabs') {
          visit((child as JsxElement).children);
        }
      }
    };
    visit(tabs.children);
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
