/**
 * The translation status of a docs site: for each locale other than the default one, each page of
 * the default locale as done, outdated (with the source's changed sections) or missing, with its
 * route. What a status page renders; the same comparison as the `translation-outdated` rule.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentId, createRoutes, localeOfPath, localizedPath, siteLocales, toPosixPath, type LoadedSiteConfig } from '@pressroom/site-config';
import { parse as parseYaml } from 'yaml';
import { compareTranslation, recordedSourceHash } from './compare.js';
import { readHistory } from './history.js';

export interface PageTranslationStatus {
  /** The source page, repository-relative. */
  sourcePath: string;
  sourceRoute: string;
  /** `unknown`: a translation that records no hash, without a git history to ask. */
  status: 'done' | 'outdated' | 'missing' | 'unknown';
  /** The translation, repository-relative, unless missing. */
  path?: string;
  /** Where the translation is served; where Starlight serves the fallback page when missing. */
  route: string;
  /** For an outdated page, the source's sections that changed since. */
  changed: string[];
}

export interface LocaleTranslationStatus {
  key: string;
  lang: string;
  label: string;
  pages: PageTranslationStatus[];
}

export interface TranslationStatus {
  locales: LocaleTranslationStatus[];
  /** Why git could not be asked, when it could not. */
  noHistory?: string;
}

const markdown = /\.mdx?$/;

function frontmatterOf(text: string): Record<string, unknown> | undefined {
  const block = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text)?.[1];
  if (block === undefined) return undefined;
  try {
    const data: unknown = parseYaml(block);
    return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export async function translationStatus(site: LoadedSiteConfig): Promise<TranslationStatus> {
  const { rootDir, config } = site;
  const docs = config.sites.docs;
  if (docs.locales === undefined) return { locales: [] };
  const contentDir = join(rootDir, docs.contentDir);
  const routes = createRoutes(config);
  const repoPath = (inContent: string) => toPosixPath(relative(rootDir, join(contentDir, inContent)));
  const routeOf = (inContent: string) => routes.docsPage(contentId(inContent));
  const files = readdirSync(contentDir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && markdown.test(entry.name) && !entry.name.startsWith('_'))
    .map((entry) => toPosixPath(relative(contentDir, join(entry.parentPath, entry.name))))
    .sort();
  const existing = new Set(files);
  const sources = files.flatMap((path) => {
    const { locale, localPath } = localeOfPath(docs, path);
    return locale.isDefault ? [{ path, localPath }] : [];
  });
  const history = await readHistory(rootDir, [docs.contentDir]);
  const locales: LocaleTranslationStatus[] = [];
  for (const locale of siteLocales(docs)) {
    if (locale.isDefault) continue;
    const pages: PageTranslationStatus[] = [];
    for (const source of sources) {
      const sourceBytes = readFileSync(join(contentDir, source.path));
      const sourcePage = { path: repoPath(source.path), hash: createHash('sha256').update(sourceBytes).digest('hex'), text: () => sourceBytes.toString('utf8') };
      const wanted = localizedPath(locale, source.localPath);
      const found = [wanted, wanted.replace(markdown, (ext) => (ext === '.md' ? '.mdx' : '.md'))].find((candidate) => existing.has(candidate));
      const base = { sourcePath: sourcePage.path, sourceRoute: routeOf(source.path), route: routeOf(wanted) };
      if (found === undefined) {
        pages.push({ ...base, status: 'missing', changed: [] });
        continue;
      }
      const text = readFileSync(join(contentDir, found), 'utf8');
      const comparison = await compareTranslation(repoPath(found), recordedSourceHash(frontmatterOf(text)), sourcePage, history);
      pages.push({
        ...base,
        path: repoPath(found),
        route: routeOf(found),
        status: comparison.state === 'current' ? 'done' : comparison.state,
        changed: comparison.state === 'outdated' ? comparison.changed : [],
      });
    }
    locales.push({ key: locale.key, lang: locale.lang, label: locale.label, pages });
  }
  return { locales, ...(history.available ? {} : { noHistory: history.reason }) };
}
