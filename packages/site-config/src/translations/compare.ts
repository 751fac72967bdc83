/**
 * Whether a translated page is behind its source page, and in which of the source's sections: the
 * one comparison the `translation-outdated` rule and the translation status share.
 */
import type { History } from './history.js';
import { changedSections } from './sections.js';

export interface SourcePage {
  /** Repository-relative, `/`. */
  path: string;
  /** sha256 of its bytes. */
  hash: string;
  /** Its text, when it can be read (not for a page given in memory). */
  text(): string | undefined;
}

export type Comparison =
  | { state: 'current' }
  | { state: 'outdated'; changed: string[] }
  /** Nothing recorded and no history to ask. */
  | { state: 'unknown' };

/** The `translation.sourceHash` a page's frontmatter records, if it records one. */
export function recordedSourceHash(frontmatter: Record<string, unknown> | undefined): string | undefined {
  const translation = frontmatter?.translation;
  const hash = typeof translation === 'object' && translation !== null ? (translation as { sourceHash?: unknown }).sourceHash : undefined;
  return typeof hash === 'string' && /^[0-9a-f]{7,64}$/i.test(hash.trim()) ? hash.trim().toLowerCase() : undefined;
}

/**
 * By the recorded hash when the translation has one, else by git: outdated when the source's last
 * commit is newer than the translation's. The changed sections are found against the source as it
 * was then, when the history has that version.
 */
export async function compareTranslation(translationPath: string, recorded: string | undefined, source: SourcePage, history: History): Promise<Comparison> {
  let before: string | undefined;
  if (recorded !== undefined) {
    if (source.hash.startsWith(recorded)) return { state: 'current' };
    before = history.available ? await history.versionWithHash(source.path, recorded) : undefined;
  } else {
    if (!history.available) return { state: 'unknown' };
    const changedAt = history.lastCommit(source.path);
    const translatedAt = history.lastCommit(translationPath);
    // A page git does not track yet has no history to compare.
    if (!changedAt || !translatedAt || changedAt.time <= translatedAt.time) return { state: 'current' };
    before = await history.fileAt(translatedAt.hash, source.path);
  }
  const now = before === undefined ? undefined : source.text();
  return { state: 'outdated', changed: before === undefined || now === undefined ? [] : changedSections(before, now) };
}
