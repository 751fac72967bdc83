import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffArrays } from 'diff';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { defaultAssetDirs, Normaliser, type NoiseOptions } from './normalise.js';

/** A page (`.html`) or a feed (`.xml` but sitemaps) of a built site. */
export type OutputKind = 'page' | 'feed';

export interface BuiltFile {
  /** Posix path inside the built site's folder: `posts/a/index.html`. */
  file: string;
  /** The URL path it is served at, the site's base path included: `/posts/a/`. */
  path: string;
  kind: OutputKind;
}

/** One built site: its output folder and the base path it is served under. */
export interface BuiltSite {
  dist: string;
  /** The site's `base` from `pressroom.config.json`; default `/`. */
  basePath?: string;
}

export interface PageDifference extends BuiltFile {
  status: 'changed' | 'added' | 'removed';
  /** Words of visible text removed plus words added (all of them for an added or removed page). */
  words: number;
  /** Tags removed plus tags added: a change of markup alone still counts. */
  tags: number;
  /** The first change of visible text, shortened, for the report. */
  excerpt?: { removed?: string; added?: string };
}

export interface BuildComparison {
  /** Every page and feed whose normalised output differs, sorted by path. */
  differences: PageDifference[];
  /** How many pages and feeds both builds have with the same normalised output. */
  unchanged: number;
}

export interface CompareOptions extends NoiseOptions {
  /** Folders left out besides the asset folders: search indexes and the like. Default `pagefind`. */
  skipDirs?: readonly string[];
}

const sitemap = /(?:^|\/)sitemap(?:-[\w-]+)?\.xml$/;

function joinBase(basePath: string, path: string): string {
  return `${basePath.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/** The URL path a built file is served at: `a/index.html` → `/a/`, `rss.xml` → `/rss.xml`. */
export function servedPath(file: string, basePath = '/'): string {
  const inside = file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
  return joinBase(basePath, inside);
}

/** Every page and feed of a built site, sorted by file. */
export function listBuiltFiles(site: BuiltSite, options: CompareOptions = {}): BuiltFile[] {
  const skipped = new Set([...(options.assetDirs ?? defaultAssetDirs), ...(options.skipDirs ?? ['pagefind'])].map((dir) => dir.replace(/^\/+|\/+$/g, '')));
  const found: BuiltFile[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = `${prefix}${entry.name}`;
      if (entry.isDirectory()) {
        if (!skipped.has(file)) walk(join(dir, entry.name), `${file}/`);
      } else if (entry.name.endsWith('.html')) {
        found.push({ file, path: servedPath(file, site.basePath), kind: 'page' });
      } else if (entry.name.endsWith('.xml') && !sitemap.test(file)) {
        found.push({ file, path: servedPath(file, site.basePath), kind: 'feed' });
      }
    }
  };
  if (existsSync(site.dist)) walk(site.dist, '');
  return found.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

type ParentNode = DefaultTreeAdapterTypes.ParentNode;
type TextNode = DefaultTreeAdapterTypes.TextNode;
const invisible = new Set(['script', 'style', 'template']);

/** The words a reader sees on a page, in order; of the head, only the title (the tab's name). */
export function visibleWords(html: string, kind: OutputKind = 'page'): string[] {
  if (kind === 'feed') {
    const text = html.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, ' $1 ').replace(/<[^>]*>/g, ' ');
    return text.split(/\s+/).filter(Boolean);
  }
  const words: string[] = [];
  const walk = (node: ParentNode, inHead: boolean) => {
    for (const child of node.childNodes) {
      if (child.nodeName === '#text') {
        if (!inHead) words.push(...(child as TextNode).value.split(/\s+/).filter(Boolean));
      } else if ('childNodes' in child && !invisible.has(child.nodeName)) {
        walk(child as ParentNode, child.nodeName === 'title' ? false : inHead || child.nodeName === 'head');
      }
    }
  };
  walk(parse(html), false);
  return words;
}

const tagsOf = (html: string) => html.match(/<[^>]+>/g) ?? [];

const shorten = (words: string[], max = 80) => {
  const text = words.join(' ');
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
};

/** How much one normalised page differs from another, and its first change of text. */
export function measureDifference(before: string, after: string, kind: OutputKind): Pick<PageDifference, 'words' | 'tags' | 'excerpt'> {
  let words = 0;
  let excerpt: PageDifference['excerpt'];
  const textChanges = diffArrays(visibleWords(before, kind), visibleWords(after, kind));
  for (const [index, change] of textChanges.entries()) {
    if (!change.added && !change.removed) continue;
    words += change.count;
    if (excerpt) continue;
    if (change.removed) {
      const next = textChanges[index + 1];
      excerpt = { removed: shorten(change.value), ...(next?.added ? { added: shorten(next.value) } : {}) };
    } else {
      excerpt = { added: shorten(change.value) };
    }
  }
  let tags = 0;
  for (const change of diffArrays(tagsOf(before), tagsOf(after))) if (change.added || change.removed) tags += change.count;
  return { words, tags, ...(excerpt ? { excerpt } : {}) };
}

/**
 * Compares two builds of one site page by page, after removing build noise (see `Normaliser`):
 * which pages and feeds changed, were added or were removed, and by how much.
 */
export function compareBuilds(base: BuiltSite, head: BuiltSite, options: CompareOptions = {}): BuildComparison {
  const baseNormaliser = new Normaliser(base.dist, options);
  const headNormaliser = new Normaliser(head.dist, options);
  const before = new Map(listBuiltFiles(base, options).map((entry) => [entry.file, entry]));
  const after = new Map(listBuiltFiles(head, options).map((entry) => [entry.file, entry]));
  const read = (site: BuiltSite, normaliser: Normaliser, file: string) => normaliser.normalise(readFileSync(join(site.dist, file), 'utf8'));
  const differences: PageDifference[] = [];
  let unchanged = 0;
  for (const [file, entry] of after) {
    const headText = read(head, headNormaliser, file);
    if (!before.has(file)) {
      const words = visibleWords(headText, entry.kind);
      differences.push({ ...entry, status: 'added', words: words.length, tags: tagsOf(headText).length, excerpt: { added: shorten(words) } });
      continue;
    }
    const baseText = read(base, baseNormaliser, file);
    if (baseText === headText) {
      unchanged += 1;
      continue;
    }
    differences.push({ ...entry, status: 'changed', ...measureDifference(baseText, headText, entry.kind) });
  }
  for (const [file, entry] of before) {
    if (after.has(file)) continue;
    const baseText = read(base, baseNormaliser, file);
    const words = visibleWords(baseText, entry.kind);
    differences.push({ ...entry, status: 'removed', words: words.length, tags: tagsOf(baseText).length, excerpt: { removed: shorten(words) } });
  }
  differences.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { differences, unchanged };
}
