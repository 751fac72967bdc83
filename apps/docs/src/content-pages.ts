/**
 * The docs pages that have a file of their own in the content folder, by Starlight's page id: the
 * one place the app tells a translation from the fallback page Starlight builds in its stead. The
 * route middleware (cards, twins) and the sitemap read it.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadsFile, siteLocales, type LocaleSettings } from '@pressroom/site-config';
import { docsPageId } from './page-id.ts';

/** The ids of the content folder's pages, as the collection's glob finds them (`loadsFile`): `x.markdown` and `_x.md` are not pages. */
export function contentPageIds(contentDir: string): Set<string> {
  return new Set(
    readdirSync(contentDir, { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile() && loadsFile('docs', entry.name))
      .map((entry) => docsPageId(relative(contentDir, join(entry.parentPath, entry.name)))),
  );
}

/**
 * Whether the page at `pathname` (below the site's base: `fr/guides/x/`) is a fallback page:
 * under a translated locale's prefix, with no file of its own there, showing a page of the
 * default locale's that has one.
 */
export function isFallbackPath(site: LocaleSettings, pageIds: ReadonlySet<string>, pathname: string): boolean {
  const path = pathname.replace(/^\/+|\/+$/g, '');
  const [defaultLocale, ...others] = siteLocales(site);
  const locale = others.find((candidate) => candidate.prefix !== '' && (path === candidate.prefix || path.startsWith(`${candidate.prefix}/`)));
  if (!locale || pageIds.has(path)) return false;
  const localPath = path.slice(locale.prefix.length + 1);
  const sourceId = defaultLocale!.prefix === '' ? localPath || 'index' : [defaultLocale!.prefix, localPath].filter(Boolean).join('/');
  return pageIds.has(sourceId);
}
