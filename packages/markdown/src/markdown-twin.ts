import { dirname, relative, resolve } from 'node:path';
import { resolveAlias, type SiteConfig } from '@pressroom/site-config';
import type { Definition, Image, Link, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { stringify as stringifyYaml } from 'yaml';
import { remarkMarkdownLinks } from './remark-markdown-links.js';

export interface MarkdownTwinOptions {
  /** The Markdown source of the page, frontmatter included. */
  source: string;
  /** The absolute path of the source file: relative links are resolved from it. */
  path: string;
  /** The absolute URL of the HTML page the source becomes. */
  pageUrl: string;
  title: string;
  description?: string | undefined;
  config: SiteConfig;
  /** The repository root the content paths of `config` are relative to. */
  rootDir: string;
}

type UrlNode = Link | Image | Definition;

/** Where the destination of a link, image or definition is written in the source, if it is written as parsed. */
function destinationRange(source: string, node: UrlNode, url: string): [number, number] | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  // The destination comes after the label, which may itself hold the same text (`[./a.md](./a.md)`).
  const labelEnd = 'children' in node && node.children.length > 0 ? (node.children.at(-1)?.position?.end.offset ?? start) : start;
  const from = node.type === 'definition' ? source.indexOf(']:', start) : source.indexOf('](', labelEnd);
  if (from === -1 || from > end) return undefined;
  const at = source.indexOf(url, from);
  return at === -1 || at + url.length > end ? undefined : [at, at + url.length];
}

const hasScheme = /^[a-z][a-z\d+.-]*:/i;

/** The file in the repository's web view, as GitHub serves it raw (`<repository>/raw/<branch>/<path>`). */
function repositoryFileUrl(config: SiteConfig, rootDir: string, file: string): string | undefined {
  const repositoryPath = relative(rootDir, file).replaceAll('\\', '/');
  if (repositoryPath.startsWith('../')) return undefined;
  const encoded = repositoryPath.split('/').map(encodeURIComponent).join('/');
  return `${config.repository.url.replace(/\/+$/, '')}/raw/${config.repository.branch}/${encoded}`;
}

/**
 * An image beside the source (`./a.png`, `@/assets/a.png`) is published under a hashed name, so
 * its absolute address is the file in the repository; any other destination resolves from the page.
 */
function absoluteDestination(node: UrlNode, options: MarkdownTwinOptions): string | undefined {
  const { config, rootDir, path, pageUrl } = options;
  if (node.type === 'image' && !hasScheme.test(node.url) && !node.url.startsWith('/') && !node.url.startsWith('#')) {
    let file: string | undefined;
    try {
      const written = decodeURIComponent(node.url.replace(/[?#].*$/, ''));
      file = resolveAlias(config, rootDir, written)?.path ?? resolve(dirname(path), written);
    } catch {
      file = undefined;
    }
    const url = file === undefined ? undefined : repositoryFileUrl(config, rootDir, file);
    if (url !== undefined) return url;
  }
  try {
    return new URL(node.url, pageUrl).href;
  } catch {
    return undefined;
  }
}

/**
 * The Markdown twin of a page (`/guides/writing-a-post.md` beside `/guides/writing-a-post/`), for
 * readers and tools that want the text without the HTML around it: the source as written, its
 * frontmatter reduced to `title` and `description`, and every link and image made absolute, so the
 * file means the same wherever it is read. Links to content files go to their pages, as on the
 * site (`remarkMarkdownLinks`); other relative links resolve from the page's URL. Only the
 * frontmatter and the destinations change, so the text is byte for byte the source's.
 */
export async function markdownTwin(options: MarkdownTwinOptions): Promise<string> {
  const { source, path, pageUrl, config, rootDir } = options;
  const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);
  if (path.toLowerCase().endsWith('.mdx')) processor.use(remarkMdx);
  const tree = processor.parse(source) as Root;

  const written = new Map<UrlNode, string>();
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') written.set(node, node.url);
  });
  await unified().use(remarkMarkdownLinks, { config, rootDir }).run(tree, new VFile({ path, value: source }));

  const edits: { start: number; end: number; text: string }[] = [];
  for (const [node, url] of written) {
    const absolute = absoluteDestination(node, options);
    if (absolute === undefined) continue;
    if (absolute === url) continue;
    const range = destinationRange(source, node, url);
    if (range) edits.push({ start: range[0], end: range[1], text: absolute });
  }

  const frontmatter = tree.children[0]?.type === 'yaml' ? tree.children[0] : undefined;
  const fields = options.description === undefined ? { title: options.title } : { title: options.title, description: options.description };
  const block = `---\n${stringifyYaml(fields, { lineWidth: 0 })}---\n`;
  if (frontmatter?.position?.start.offset !== undefined && frontmatter.position.end.offset !== undefined) {
    edits.push({ start: frontmatter.position.start.offset, end: frontmatter.position.end.offset, text: block.trimEnd() });
  } else {
    edits.push({ start: 0, end: 0, text: `${block}\n` });
  }

  let twin = source;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    twin = twin.slice(0, edit.start) + edit.text + twin.slice(edit.end);
  }
  return twin.replace(/^\uFEFF/, '');
}

/**
 * Where the Markdown twin of a page is served: `/guides/writing-a-post/` → `/guides/writing-a-post.md`;
 * the site's home page (`homePath`, `/` or the base path) → `index.md` inside it.
 */
export function markdownTwinPath(pagePath: string, homePath = '/'): string {
  if (pagePath === homePath) return `${homePath.replace(/\/?$/, '/')}index.md`;
  return `${pagePath.replace(/\/+$/, '')}.md`;
}
