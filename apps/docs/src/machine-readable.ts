import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { markdownTwin, markdownTwinMemo, markdownTwinPath } from '@pressroom/markdown';
import { absoluteUrl, createRoutes, loadSiteConfig, localeOfPath, type SiteLocale } from '@pressroom/site-config';
import { getCollection, type CollectionEntry } from 'astro:content';

const { rootDir, config } = loadSiteConfig();
const docs = config.sites.docs;
const routes = createRoutes(config);

export type DocsPage = CollectionEntry<'docs'>;

/** The pages Starlight builds: every page but drafts. */
export const publishedPages = () => getCollection('docs', (page) => page.data.draft !== true);

/** The docs' home page, base path included; the site's own files (`llms.txt`, `robots.txt`) sit beside it. */
export const homePath = routes.docsPage('index');
export const docsUrl = (path: string) => absoluteUrl(config, 'docs', path);
export const pageUrl = (page: Pick<DocsPage, 'id'>) => docsUrl(routes.docsPage(page.id));

/** Where a page's Markdown twin is served: `/guides/writing-a-post.md`, the home page's `/index.md`. */
export const twinPath = (page: Pick<DocsPage, 'id'>) => markdownTwinPath(routes.docsPage(page.id), homePath);

/** A path on the docs as Astro's `[...slug]` routes take it: without the base path and the `.md`. */
export const routeParam = (path: string) => path.slice(homePath.length).replace(/\.md$/, '');

/** The page's file in the repository, from the path Astro's glob loader gives (relative to the app). */
function sourcePath(page: DocsPage): string {
  const contentDir = `${docs.contentDir.replace(/\/+$/, '')}/`;
  const filePath = (page.filePath ?? '').replaceAll('\\', '/');
  const start = filePath.lastIndexOf(contentDir);
  if (start === -1) throw new Error(`Unexpected docs page outside ${contentDir}: ${page.filePath ?? page.id}, expected a file read from it.`);
  return join(rootDir, filePath.slice(start));
}

/** The locale a page is written in, from the folder its file sits in. */
export const pageLocale = (page: DocsPage): SiteLocale => localeOfPath(docs, relative(join(rootDir, docs.contentDir), sourcePath(page))).locale;

/** A page's source as a standalone Markdown file: title and description, links absolute. */
export const pageTwin = markdownTwinMemo(makeTwin);

async function makeTwin(page: DocsPage): Promise<string> {
  const path = sourcePath(page);
  return markdownTwin({
    source: await readFile(path, 'utf8'),
    path,
    pageUrl: pageUrl(page),
    title: page.data.title,
    description: page.data.description,
    config,
    rootDir,
  });
}

export const textResponse = (body: string, type: string) => new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
