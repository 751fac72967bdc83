/**
 * The built docs' pages sorted by locale, read from the sitemap and the content folder alone (not
 * from the app's code): a page under a locale's prefix is a translation when that locale's folder
 * holds its file, else Starlight's fallback, the default page shown again under the prefix.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSiteConfig, siteLocales, type SiteLocale } from '@pressroom/site-config';
import { XMLParser } from 'fast-xml-parser';

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

/** Every page Starlight built from the content, from the sitemap (the not-found page is not in it). */
export const builtPages: BuiltPage[] = new XMLParser({ isArray: (name) => name === 'url' })
  .parse(read(`${siteRoot}sitemap-0.xml`))
  .urlset.url.map((entry: { loc: string }): BuiltPage => {
    const url = entry.loc;
    const path = new URL(url).pathname.slice(docs.base.length);
    const locale = locales.find((candidate) => candidate.prefix !== '' && (path === `${candidate.prefix}/` || path.startsWith(`${candidate.prefix}/`))) ?? defaultLocale!;
    if (locale.isDefault) return { url, locale };
    const localPath = path.slice(locale.prefix.length + 1);
    if (hasFile(`${locale.prefix}/${localPath}`)) return { url, locale };
    return { url, locale, fallbackOf: new URL(`${docs.base}${defaultLocale!.prefix ? `${defaultLocale!.prefix}/` : ''}${localPath}`, siteRoot).href };
  })
  .sort((a: BuiltPage, b: BuiltPage) => a.url.localeCompare(b.url));

/** Pages built from a file of their own: the default locale's and the translations. */
export const ownPages = builtPages.filter((page) => page.fallbackOf === undefined);
export const translatedPages = ownPages.filter((page) => !page.locale.isDefault);
export const fallbackPages = builtPages.filter((page) => page.fallbackOf !== undefined);
