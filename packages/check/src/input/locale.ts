import { join, relative } from 'node:path';
import { localeOfPath, toPosixPath, type LoadedSiteConfig } from '@pressroom/site-config';
import type { ContentFile } from '../rule.js';

/**
 * The `lang` of the docs locale a file sits in (`sites.docs.locales`), from its path; `undefined`
 * for a file of no site, of the blog, or of a docs site that declares no locales.
 */
export function localeLang(site: LoadedSiteConfig, file: Pick<ContentFile, 'site' | 'path'>): string | undefined {
  const docs = site.config.sites.docs;
  if (file.site !== 'docs' || docs.locales === undefined) return undefined;
  return localeOfPath(docs, toPosixPath(relative(join(site.rootDir, docs.contentDir), file.path))).locale.lang;
}
