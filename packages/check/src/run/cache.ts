import { createHash, randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ResolvedConfig } from './config.js';
import type { Diagnostic } from './diagnostic.js';
import type { DroppedFindings } from './finding-cap.js';
import type { FileRecord } from '../rule.js';
import type { WordVerdict } from '../spelling/dictionary.js';
import type { TokenVerdict } from '../spelling/token-judge.js';
import { cspellFingerprint } from '../spelling/dictionary.js';
import { styleRuleIds } from '../rules/style.js';

/**
 * The content-hash cache: per file, the findings of the rules whose result depends on that file
 * alone (see `isCacheable`) and the file's facts, so an unchanged file is not even parsed.
 * Record and collection rules (links, duplicates) always run, on the facts. An entry is used only
 * when the file's bytes, the configuration, the dictionaries and the tool are all unchanged.
 */
export interface CacheEntry {
  hash: string;
  /** The file's record without its absolute path (the checkout may move). */
  record: Omit<FileRecord, 'path'>;
  diagnostics: Diagnostic[];
  /** Findings past the findings cap that the per-file pass counted and did not keep. */
  dropped?: DroppedFindings;
}

const cacheVersion = 3;

interface CacheDocument {
  version: typeof cacheVersion;
  fingerprint: string;
  entries: Record<string, CacheEntry>;
  /** Spelling verdicts by word: a run whose files hold no new word does not load the dictionaries. */
  words?: Record<string, WordVerdict>;
  /** Token verdicts every file may share, by settings key and token. */
  tokens?: Record<string, Record<string, TokenVerdict>>;
  /** Languages of the run's locales that no dictionary knows: a warm run names them too. */
  unchecked?: string[];
  run?: RunEntry;
}

/**
 * The findings of the record and collection rules (links, duplicates) of the last full run. They
 * depend on every file's facts (`key`, a hash of every path and content hash), on which files and
 * folders exist (`probes`, asked again before use), on the images the sites import (`images`, their
 * size and time of change), on the content files on disk (`pages`) and on the time, for scheduled
 * posts (`validUntil`).
 */
export interface RunEntry {
  key: string;
  /** Milliseconds since the epoch; `null` when no scheduled post can change the answer. */
  validUntil: number | null;
  probes: [string, boolean][];
  images: [string, string][];
  pages: string[];
  diagnostics: Record<string, Diagnostic[]>;
  /** Per file, the findings past the findings cap that were counted and not kept. */
  dropped?: Record<string, DroppedFindings>;
  /** The rules' notes of that run (`RuleContext.note`). */
  notes?: string[];
}

export function defaultCachePath(rootDir: string): string {
  return join(rootDir, 'node_modules', '.cache', 'pressroom', 'check.json');
}

let toolHash: string | undefined;

/** The code that produced the findings: the bundle this module is part of. */
function toolFingerprint(): string {
  if (toolHash) return toolHash;
  const hash = createHash('sha256');
  const dir = dirname(fileURLToPath(import.meta.url));
  for (const name of readdirSync(dir).sort()) {
    if (!/\.(?:js|ts)$/.test(name)) continue;
    hash.update(name).update(readFileSync(join(dir, name)));
  }
  hash.update(styleRuleIds().join(','));
  toolHash = hash.digest('hex');
  return toolHash;
}

export function runFingerprint(config: ResolvedConfig): string {
  return createHash('sha256')
    .update(toolFingerprint())
    .update(JSON.stringify(config.site.config))
    .update(JSON.stringify(config.checks))
    .update(JSON.stringify(config.layout))
    .update(cspellFingerprint(config.site.rootDir))
    .digest('hex');
}

export interface LoadedCache {
  entries: Map<string, CacheEntry>;
  words: Map<string, WordVerdict>;
  tokens: Map<string, Map<string, TokenVerdict>>;
  /** Languages no dictionary knows, learnt by earlier runs. */
  unchecked: Set<string>;
  run: RunEntry | undefined;
  /** Set when the cache file was unreadable and was discarded. */
  warning: string | undefined;
}

export function loadCache(path: string, fingerprint: string): LoadedCache {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    // No cache yet is the normal first run; anything else (a folder or a file where the cache
    // should be, no permission) is said once, and the run goes on without the cache.
    const code = (error as NodeJS.ErrnoException).code;
    const warning = code === 'ENOENT' ? undefined : `Cannot read the cache ${path} (${code ?? (error as Error).message}); the run goes on without it`;
    return { entries: new Map(), words: new Map(), tokens: new Map(), unchecked: new Set(), run: undefined, warning };
  }
  try {
    const document = JSON.parse(text) as CacheDocument;
    if (typeof document.entries !== 'object' || document.entries === null) throw new Error('unknown format');
    // An older tool's cache is not an error: the run refills it.
    if (document.version !== cacheVersion || document.fingerprint !== fingerprint) return { entries: new Map(), words: new Map(), tokens: new Map(), unchecked: new Set(), run: undefined, warning: undefined };
    return {
      entries: new Map(Object.entries(document.entries)),
      words: new Map(Object.entries(document.words ?? {})),
      tokens: new Map(Object.entries(document.tokens ?? {}).map(([key, byToken]) => [key, new Map(Object.entries(byToken))])),
      unchecked: new Set(Array.isArray(document.unchecked) ? document.unchecked.filter((language) => typeof language === 'string') : []),
      run: document.run,
      warning: undefined,
    };
  } catch (error) {
    return { entries: new Map(), words: new Map(), tokens: new Map(), unchecked: new Set(), run: undefined, warning: `Discarded the unreadable cache ${path} (${(error as Error).message})` };
  }
}

/**
 * Writes the JSON of a `CacheDocument` piece by piece: the whole text is megabytes on a large
 * site, and building it as one string raised the peak memory of a run at its very end.
 */
function writeCacheDocument(
  file: string,
  document: Omit<CacheDocument, 'entries' | 'words' | 'tokens'> & {
    entries: ReadonlyMap<string, CacheEntry>;
    words: ReadonlyMap<string, WordVerdict>;
    tokens: ReadonlyMap<string, ReadonlyMap<string, TokenVerdict>>;
  },
): void {
  const fd = openSync(file, 'w');
  try {
    let pending = '';
    const write = (text: string) => {
      pending += text;
      if (pending.length >= 1 << 20) {
        writeSync(fd, pending);
        pending = '';
      }
    };
    const writeMap = (map: ReadonlyMap<string, unknown>) => {
      write('{');
      let first = true;
      for (const [key, value] of map) {
        // As `JSON.stringify` leaves out a property whose value has no JSON.
        const json = JSON.stringify(value) as string | undefined;
        if (json === undefined) continue;
        write(`${first ? '' : ','}${JSON.stringify(key)}:${json}`);
        first = false;
      }
      write('}');
    };
    write(`{"version":${JSON.stringify(document.version)},"fingerprint":${JSON.stringify(document.fingerprint)},"entries":`);
    writeMap(document.entries);
    write(',"words":');
    writeMap(document.words);
    write(',"tokens":{');
    let firstKey = true;
    for (const [key, byToken] of document.tokens) {
      write(`${firstKey ? '' : ','}${JSON.stringify(key)}:`);
      writeMap(byToken);
      firstKey = false;
    }
    write('}');
    if (document.unchecked?.length) write(`,"unchecked":${JSON.stringify(document.unchecked)}`);
    if (document.run) write(`,"run":${JSON.stringify(document.run)}`);
    write('}');
    writeSync(fd, pending);
  } finally {
    closeSync(fd);
  }
}

/**
 * Write-then-rename, so a concurrent run reads the old file or the new one, never half of one.
 * Returns a warning when the cache cannot be written: that only costs time on the next run, so
 * it never ends the run that has its findings to print.
 */
export function saveCache(
  path: string,
  fingerprint: string,
  entries: Map<string, CacheEntry>,
  words: ReadonlyMap<string, WordVerdict> = new Map(),
  run?: RunEntry,
  tokens: ReadonlyMap<string, ReadonlyMap<string, TokenVerdict>> = new Map(),
  unchecked: readonly string[] = [],
): string | undefined {
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeCacheDocument(temporary, { version: cacheVersion, fingerprint, entries, words, tokens, unchecked: [...unchecked], ...(run ? { run } : {}) });
    renameSync(temporary, path);
    return undefined;
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // Nothing was written.
    }
    const code = (error as NodeJS.ErrnoException).code;
    return `Cannot write the cache ${path} (${code ?? (error as Error).message}); the next run checks every file again`;
  }
}
