/**
 * The built docs' pages sorted by locale, read from the built HTML files and the content folder
 * alone (not from the app's code): a page under a locale's prefix is a translation when that
 * locale's folder holds its file, else Starlight's fallback, the default page shown again under
 * the prefix. The sitemap is read apart (`sitemapEntries`), to be compared with these.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSiteConfig, siteLocales, type SiteLocale } from '@pressroom/site-config';
import { parseSitemap } from './sitemap.ts';

export const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const { rootDir, config } = loadSiteConfig(dist);
const docs = config.sites.docs;
export const siteRoot = `${docs.url}/`;
const contentDir = join(rootDir, docs.contentDir);

/** The built file of one of the docs' absolute URLs: `/guides/a/` → `guides/a/index.html`. */
export const fileOf = (url: string) => {
  const path = decodeURIComponent(new URL(url).pathname).slice(docs.base.length);
  return `${dist}${path === '' || path.endsWith('/') ? `${path}index.html` : path}`;
};
export const read = (url: string) => readFileSync(fileOf(url), 'utf8');

export interface BuiltPage {
  url: string;
  locale: SiteLocale;
  /** For a fallback page, the default page it shows. */
  fallbackOf?: string;
}

const locales = siteLocales(docs);
const [defaultLocale] = locales;
const hasFile = (localPath: string) =>
  ['.md', '.mdx', '/index.md', '/index.mdx'].some((extension) => existsSync(join(contentDir, `${localPath.replace(/\/$/, '') || 'index'}${extension}`)));

/** Every page Starlight built from the content: each `index.html` of the build (the not-found page is `404.html`). */
export const builtPages: BuiltPage[] = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .map((file) => file.replaceAll('\\', '/'))
  .filter((file) => file === 'index.html' || file.endsWith('/index.html'))
  .map((file): BuiltPage => {
    const path = file.slice(0, -'index.html'.length);
    const url = new URL(`${docs.base}${path}`, siteRoot).href;
    const locale = locales.find((candidate) => candidate.prefix !== '' && (path === `${candidate.prefix}/` || path.startsWith(`${candidate.prefix}/`))) ?? defaultLocale!;
    if (locale.isDefault) return { url, locale };
    const localPath = path.slice(locale.prefix.length + 1);
    if (hasFile(`${locale.prefix}/${localPath}`)) return { url, locale };
    return { url, locale, fallbackOf: new URL(`${docs.base}${defaultLocale!.prefix ? `${defaultLocale!.prefix}/` : ''}${localPath}`, siteRoot).href };
  })
  .sort((a, b) => a.url.localeCompare(b.url));

/** The sitemap's entries, read apart from the pages to be compared with them. */
export const sitemapEntries = parseSitemap(read(`${siteRoot}sitemap-0.xml`));

/** Pages built from a file of their own: the default locale's and the translations. */
export const ownPages = builtPages.filter((page) => page.fallbackOf === undefined);
export const translatedPages = ownPages.filter((page) => !page.locale.isDefault);
export const fallbackPages = builtPages.filter((page) => page.fallbackOf !== undefined);
