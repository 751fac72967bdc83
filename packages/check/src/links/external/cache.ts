import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { ExternalLinkResult } from './types.js';

const cacheVersion = 1;

interface CacheEntry {
  /** Epoch milliseconds. */
  checkedAt: number;
  result: ExternalLinkResult;
}

interface CacheFile {
  version: typeof cacheVersion;
  entries: Record<string, CacheEntry>;
}

function isCacheFile(value: unknown): value is CacheFile {
  if (!value || typeof value !== 'object') return false;
  const candidate = value as Partial<CacheFile>;
  if (candidate.version !== cacheVersion || !candidate.entries || typeof candidate.entries !== 'object') return false;
  return Object.values(candidate.entries).every(
    (entry) =>
      entry !== null &&
      typeof entry === 'object' &&
      typeof (entry as CacheEntry).checkedAt === 'number' &&
      typeof (entry as CacheEntry).result?.status === 'string',
  );
}

/** Reads the cache file; a missing one is empty, a corrupt one is empty with a warning. */
function readEntries(path: string, warn: (message: string) => void): Record<string, CacheEntry> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') warn(`Ignoring the link cache ${path}: ${(error as Error).message}`);
    return {};
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (isCacheFile(parsed)) return parsed.entries;
  } catch {
    // Reported below, like a file of the wrong shape.
  }
  warn(`Discarding the corrupt link cache ${path}; external links are checked again.`);
  return {};
}

/**
 * Results of external link checks kept on disk between runs for `ttlMs`. Only definitive results
 * are kept (a working link, a 404); a timeout, a 429, a 5xx or a refused address is checked again
 * next run.
 */
export class ExternalLinkCache {
  readonly #path: string;
  readonly #ttlMs: number;
  readonly #warn: (message: string) => void;
  readonly #entries: Record<string, CacheEntry>;
  readonly #fresh = new Map<string, CacheEntry>();

  constructor(path: string, ttlMs: number, warn: (message: string) => void) {
    this.#path = path;
    this.#ttlMs = ttlMs;
    this.#warn = warn;
    this.#entries = readEntries(path, warn);
  }

  get(url: string, now: number): ExternalLinkResult | undefined {
    const entry = this.#fresh.get(url) ?? this.#entries[url];
    if (!entry || now - entry.checkedAt > this.#ttlMs || entry.checkedAt > now) return undefined;
    return entry.result;
  }

  set(url: string, result: ExternalLinkResult, now: number): void {
    const status = result.httpStatus ?? 0;
    // A rate limit or a server error may be gone tomorrow; a 404 or 410 is an answer.
    const definitive = result.status === 'ok' || (result.status === 'broken' && status >= 400 && status < 500 && status !== 408 && status !== 429);
    if (definitive) this.#fresh.set(url, { checkedAt: now, result });
  }

  /**
   * Writes the cache: the entries on disk now (another run may have written meanwhile) merged
   * with this run's, newest wins, expired ones dropped; to a temporary file renamed over the old
   * one, so a reader never sees half a file.
   */
  save(now: number): void {
    if (this.#fresh.size === 0) return;
    const merged: Record<string, CacheEntry> = {};
    const onDisk = readEntries(this.#path, this.#warn);
    for (const source of [onDisk, Object.fromEntries(this.#fresh)]) {
      for (const [url, entry] of Object.entries(source)) {
        if (now - entry.checkedAt > this.#ttlMs) continue;
        const existing = merged[url];
        if (!existing || existing.checkedAt <= entry.checkedAt) merged[url] = entry;
      }
    }
    const temporary = `${this.#path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      mkdirSync(dirname(this.#path), { recursive: true });
      writeFileSync(temporary, `${JSON.stringify({ version: cacheVersion, entries: merged } satisfies CacheFile)}\n`);
      renameSync(temporary, this.#path);
    } catch (error) {
      rmSync(temporary, { force: true });
      this.#warn(`Could not write the link cache ${this.#path}: ${(error as Error).message}`);
    }
  }
}
