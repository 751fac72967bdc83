/** What a run takes from the content-hash cache (`cache.ts`) and what it gives back. */
import type { FileRecord, Rule } from '../rule.js';
import { loadCache, runFingerprint, saveCache, type LoadedCache, type RunEntry } from './cache.js';
import type { ResolvedConfig } from './config.js';
import type { Slot } from './files.js';
import type { RunWords } from './words.js';

export interface RunCache extends LoadedCache {
  path: string;
  fingerprint: string;
}

export function openCache(config: ResolvedConfig, path: string): RunCache {
  const fingerprint = runFingerprint(config);
  return { path, fingerprint, ...loadCache(path, fingerprint) };
}

/**
 * A per-file rule whose findings depend on the file's bytes alone may be answered from the cache.
 * Link rules look at other files, so they always run (as do all collection rules).
 */
export function isCacheable(rule: Rule): boolean {
  return rule.meta.cacheable ?? rule.meta.family !== 'link';
}

/** Gives each file whose bytes did not change its record and findings from the cache. */
export function answerFromCache(slots: readonly Slot[], cache: RunCache | undefined, rules: readonly Rule[], progress: () => void): void {
  // A per-file rule whose findings the cache may not hold forces every file to be parsed again.
  if (!cache || !rules.every((rule) => !rule.check || isCacheable(rule))) return;
  for (const slot of slots) {
    const entry = cache.entries.get(slot.identity.relativePath);
    if (!entry || slot.hash === '' || entry.hash !== slot.hash || !entry.record) continue;
    const { identity } = slot;
    slot.record = { ...entry.record, path: identity.path, relativePath: identity.relativePath, site: identity.site, id: identity.id, hash: slot.hash } as FileRecord;
    slot.fileDiagnostics = entry.diagnostics;
    slot.droppedFindings = entry.dropped;
    slot.fromCache = true;
    progress();
  }
}

/**
 * Writes what this run learnt: the files it checked, the words it judged, its run-wide findings.
 * Returns a warning when the cache cannot be written.
 */
export function keepInCache(cache: RunCache, slots: readonly Slot[], words: RunWords, entry: RunEntry | undefined): string | undefined {
  const unchecked = new Set([...cache.unchecked, ...words.unchecked]);
  let changed = cache.warning !== undefined || words.learnt || entry !== undefined || unchecked.size !== cache.unchecked.size;
  for (const slot of slots) {
    // A file the rules did not run on keeps its old entry; a crash is not kept.
    if (slot.fromCache || !slot.cacheable || slot.hash === '' || !slot.record?.readable || !slot.fileDiagnostics) continue;
    const { path: _path, ...record } = slot.record;
    cache.entries.set(slot.identity.relativePath, { hash: slot.hash, record, diagnostics: slot.fileDiagnostics, ...(slot.droppedFindings ? { dropped: slot.droppedFindings } : {}) });
    changed = true;
  }
  // A run answered wholly from the cache leaves the file as it is.
  return changed ? saveCache(cache.path, cache.fingerprint, cache.entries, words.verdicts, entry ?? cache.run, words.sharedTokenVerdicts, [...unchecked].sort()) : undefined;
}
