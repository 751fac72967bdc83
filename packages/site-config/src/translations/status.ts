/**
 * The translation status of a docs site: for each locale other than the default one, each page of
 * the default locale as done, outdated (with the source's changed sections) or missing, with its
 * route. What the docs site's status page and outdated-page banner render; the same comparison as
 * the `translation-outdated` rule of `@pressroom/check`.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { LoadedSiteConfig } from '../load.js';
import { localeOfPath, localizedPath, siteLocales } from '../locales.js';
import { loadsFile, samePageFiles } from '../entries.js';
import { toPosixPath } from '../paths.js';
import { contentId, createRoutes } from '../routes.js';
import { parse as parseYaml } from 'yaml';
import { compareTranslation, recordedSourceHash } from './compare.js';
import { readHistory, type History } from './history.js';

export type TranslationState = 'done' | 'outdated' | 'missing' | 'unknown';

export interface PageTranslationStatus {
  /** The source page, repository-relative. */
  sourcePath: string;
  sourceRoute: string;
  /** The source page's `title`, when its frontmatter has one. */
  sourceTitle?: string;
  /** sha256 of the source's bytes as they are: what an up-to-date translation records. */
  sourceHash: string;
  /** When git last changed the source (ISO 8601), when there is a history that has it. */
  sourceUpdated?: string;
  /** `unknown`: a translation that records no hash, without a git history to ask. */
  status: TranslationState;
  /** The translation, repository-relative; for a missing one, the file to create. */
  path: string;
  /** Where the translation is served; where Starlight serves the fallback page when missing. */
  route: string;
  /** The `translation.sourceHash` the translation records, if it records one. */
  recordedHash?: string;
  /** When git last changed the translation (ISO 8601), when there is a history that has it. */
  translationUpdated?: string;
  /** For an outdated page, the source's sections that changed since. */
  changed: string[];
}

export interface LocaleTranslationStatus {
  key: string;
  lang: string;
  label: string;
  pages: PageTranslationStatus[];
  /** How many of `pages` are in each state. */
  totals: Record<TranslationState, number>;
}

export interface TranslationStatus {
  locales: LocaleTranslationStatus[];
  /** Why git could not be asked, when it could not. */
  noHistory?: string;
}

function frontmatterOf(text: string): Record<string, unknown> | undefined {
  const block = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text.replace(/^\uFEFF/, ''))?.[1];
  if (block === undefined) return undefined;
  try {
    const data: unknown = parseYaml(block);
    return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** When git last changed `path`, if the history has it. */
function updatedAt(history: History, path: string): string | undefined {
  const commit = history.available ? history.lastCommit(path) : undefined;
  return commit ? new Date(commit.time * 1000).toISOString() : undefined;
}

/**
 * Reads the docs content as it is on disk. A translation that records its source's hash
 * (`translation.sourceHash`) is judged by that hash alone, so a clone without history gives the
 * same answer; git is asked only for the pages that record none (the source's last commit newer
 * than the translation's: outdated), for the sections that changed, and for the dates.
 */
export async function translationStatus(site: LoadedSiteConfig): Promise<TranslationStatus> {
  const { rootDir, config } = site;
  const docs = config.sites.docs;
  if (docs.locales === undefined) return { locales: [] };
  const contentDir = join(rootDir, docs.contentDir);
  const routes = createRoutes(config);
  const repoPath = (inContent: string) => toPosixPath(relative(rootDir, join(contentDir, inContent)));
  const routeOf = (inContent: string) => routes.docsPage(contentId(inContent));
  const files = readdirSync(contentDir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && loadsFile('docs', entry.name))
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
      const sourceText = sourceBytes.toString('utf8');
      const sourcePage = { path: repoPath(source.path), hash: createHash('sha256').update(sourceBytes).digest('hex'), text: () => sourceText };
      const title = frontmatterOf(sourceText)?.title;
      const wanted = localizedPath(locale, source.localPath);
      const found = samePageFiles('docs', wanted).find((candidate) => existing.has(candidate));
      const sourceUpdated = updatedAt(history, sourcePage.path);
      const base = {
        sourcePath: sourcePage.path,
        sourceRoute: routeOf(source.path),
        ...(typeof title === 'string' ? { sourceTitle: title } : {}),
        sourceHash: sourcePage.hash,
        ...(sourceUpdated ? { sourceUpdated } : {}),
      };
      if (found === undefined) {
        pages.push({ ...base, status: 'missing', path: repoPath(wanted), route: routeOf(wanted), changed: [] });
        continue;
      }
      const recorded = recordedSourceHash(frontmatterOf(readFileSync(join(contentDir, found), 'utf8')));
      const comparison = await compareTranslation(repoPath(found), recorded, sourcePage, history);
      const translationUpdated = updatedAt(history, repoPath(found));
      pages.push({
        ...base,
        status: comparison.state === 'current' ? 'done' : comparison.state,
        path: repoPath(found),
        route: routeOf(found),
        ...(recorded ? { recordedHash: recorded } : {}),
        ...(translationUpdated ? { translationUpdated } : {}),
        changed: comparison.state === 'outdated' ? comparison.changed : [],
      });
    }
    const totals: Record<TranslationState, number> = { done: 0, outdated: 0, missing: 0, unknown: 0 };
    for (const page of pages) totals[page.status] += 1;
    locales.push({ key: locale.key, lang: locale.lang, label: locale.label, pages, totals });
  }
  return { locales, ...(history.available ? {} : { noHistory: history.reason }) };
}
