import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { contentGlob, contentId, toPosixPath } from '@pressroom/site-config';
import { glob } from 'tinyglobby';
import type { VFileMessage } from 'vfile-message';
import { loadCache, runFingerprint, saveCache, type CacheEntry, type RunEntry } from './cache.js';
import { CheckConfigError, ruleSetting, type ResolvedConfig } from './config.js';
import { dictionariesInTheirOwnThread } from '../threads/dictionary-thread.js';
import { internalError, makeDiagnostic, sortDiagnostics, toVFileMessage, type Diagnostic } from './diagnostic.js';
import { emptyFacts } from '../input/facts.js';
import { lazyRecord } from './lazy-record.js';
import { externalRunOption } from '../links/external/options.js';
import { contentFilesOnDisk, type LinkGraph } from '../links/graph.js';
import { imageStamp } from '../links/image-files.js';
import type { FileIdentity } from '../input/parse.js';
import { mainThreadAlone, runInWorkers, threadPlan, type ThreadPlan, type WorkerJob } from '../threads/pool.js';
import { checkOneFile, checkParsedFile, parseForCheck, runContext, type FileOutcome, type FilePassOptions, type ParsedFile } from './file-pass.js';
import { decodeSource, readBytesSync, type FolderRealpaths, type ReadBytes } from '../input/read.js';
import type { FileRecord, Finding, Rule, RuleContext, Severity } from '../rule.js';
import { rules as registeredRules } from '../rules/index.js';
import { localWordJudge, wordJudgeKey, type WordJudge } from '../spelling/judge.js';

export { sortDiagnostics, toVFileMessage, type Diagnostic };

export interface FileResult {
  /** The file's identity and facts (its tree is not kept). */
  file: FileRecord;
  diagnostics: Diagnostic[];
  /** The same findings as unified vfile messages, for tools that speak vfile. */
  messages: VFileMessage[];
}

export interface CheckResult {
  files: FileResult[];
  /** Milliseconds per phase: read, parse, each rule family, … */
  timings: Map<string, number>;
  /** How many files were answered from the cache. */
  cacheHits: number;
  /** Problems of the run itself (a discarded cache file), for stderr. */
  warnings: string[];
}

/**
 * A per-file rule whose findings depend on the file's bytes alone may be answered from the cache.
 * Link rules look at other files, so they always run (as do all collection rules).
 */
export function isCacheable(rule: Rule): boolean {
  return rule.meta.cacheable ?? rule.meta.family !== 'link';
}

/** A file given in memory instead of on disk (tests, fuzzing, editor integrations). */
export interface SourceInput {
  relativePath: string;
  bytes: Uint8Array | string;
}

export interface CheckOptions {
  config: ResolvedConfig;
  /** Files or folders, relative to `cwd` or absolute. Default: both sites' content folders. */
  paths?: string[];
  /** In-memory files; when given, nothing is read from disk. */
  sources?: SourceInput[];
  cwd?: string;
  /** Replaces the registered rules (tests). */
  rules?: readonly Rule[];
  /** Run the remark-lint preset (default true). */
  style?: boolean;
  /**
   * Only report on these repo-relative paths (and on files whose rule `references` point into
   * them). Every file is still parsed, so collection rules see the whole collection.
   */
  only?: ReadonlySet<string>;
  /** The content-hash cache file; `false` or absent: no cache. */
  cache?: { path: string } | false;
  /** Called after each file is checked (or answered from the cache). */
  onProgress?: (done: number, total: number) => void;
  /**
   * Keep the dictionaries loaded for the next run in this process (default). `false` lets their
   * thread go once every word of the run is judged, before the run-wide rules, the cache and the
   * output, which then have its memory: for a process that checks once, such as the command line.
   */
  keepDictionaries?: boolean;
}


/** The files a run covers, as repo-relative posix paths, sorted. */
export async function resolveFiles(config: ResolvedConfig, paths: readonly string[] | undefined, cwd: string): Promise<string[]> {
  const root = config.site.rootDir;
  const ignore = ['**/node_modules/**', '**/dist/**', ...config.checks.ignore];
  const targets =
    paths && paths.length > 0
      ? paths.map((path) => resolve(cwd, path))
      : [config.site.config.sites.blog.contentDir, config.site.config.sites.docs.contentDir].map((dir) => resolve(root, dir));
  const found = new Set<string>();
  for (const target of targets) {
    const matches = await glob(contentGlob(), { cwd: target, ignore, absolute: true, dot: false }).catch(() => []);
    if (matches.length > 0) {
      for (const match of matches) found.add(toPosixPath(relative(root, match)));
    } else if (paths && paths.length > 0) {
      // A file, or a path that does not exist: reading it reports what is wrong, located.
      found.add(toPosixPath(relative(root, target)));
    }
  }
  return [...found].filter((path) => path !== '' && !path.endsWith('/')).sort();
}

function identify(config: ResolvedConfig, relativePath: string): FileIdentity {
  const root = config.site.rootDir;
  for (const site of ['blog', 'docs'] as const) {
    const dir = toPosixPath(config.site.config.sites[site].contentDir).replace(/\/+$/, '');
    if (relativePath.startsWith(`${dir}/`)) {
      return { path: resolve(root, relativePath), relativePath, site, id: contentId(relativePath.slice(dir.length + 1)) };
    }
  }
  return { path: resolve(root, relativePath), relativePath, site: undefined, id: undefined };
}


class Timer {
  readonly timings = new Map<string, number>();
  async time<T>(phase: string, run: () => Promise<T> | T): Promise<T> {
    const start = performance.now();
    try {
      return await run();
    } finally {
      this.add(phase, performance.now() - start);
    }
  }
  add(phase: string, milliseconds: number): void {
    this.timings.set(phase, (this.timings.get(phase) ?? 0) + milliseconds);
  }
}

/**
 * How many files this thread parses and checks while earlier ones wait for their words to be
 * judged. The dictionaries load on their own thread for a second or more at the start of a run,
 * and each later question is a round trip to it: waiting file by file left this thread idle for
 * 40% of a 112-file run.
 */
const filesAheadOfVerdicts = 64;
/**
 * The same beside worker threads, fewer: while this thread parses it does not hand the workers new
 * files, and 16 files are about as many as a worker holds before it asks for more.
 */
const filesAheadOfVerdictsBesideWorkers = 16;

/** One file of the run while it is checked. */
interface Slot {
  identity: FileIdentity;
  /** The bytes to decode, or a source that already says why the file cannot be checked. */
  read: ReadBytes;
  hash: string;
  record?: FileRecord;
  /** Findings of the per-file pass (or from the cache). */
  fileDiagnostics?: Diagnostic[];
  /** Whether the per-file findings may be kept in the cache. */
  cacheable: boolean;
  fromCache: boolean;
}

const hashOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function readAll(config: ResolvedConfig, options: CheckOptions, cwd: string): Promise<Slot[]> {
  const maxBytes = config.checks.maxFileSize;
  if (options.sources) {
    return options.sources.map((source) => {
      const bytes = typeof source.bytes === 'string' ? new TextEncoder().encode(source.bytes) : source.bytes;
      const relativePath = toPosixPath(source.relativePath);
      return { identity: identify(config, relativePath), read: { bytes }, hash: hashOf(bytes), cacheable: true, fromCache: false };
    });
  }
  const root = config.site.rootDir;
  const paths = await resolveFiles(config, options.paths, cwd);
  const folders: FolderRealpaths = new Map();
  return paths.map((relativePath) => {
    const read = readBytesSync(resolve(root, relativePath), maxBytes, root, folders);
    return {
      identity: identify(config, relativePath),
      read,
      hash: read.bytes ? hashOf(read.bytes) : read.source.hash,
      cacheable: true,
      fromCache: false,
    };
  });
}

function recordFromCache(identity: FileIdentity, hash: string, entry: CacheEntry): FileRecord {
  return { ...entry.record, path: identity.path, relativePath: identity.relativePath, site: identity.site, id: identity.id, hash };
}

function activeRules(config: ResolvedConfig, rules: readonly Rule[]): Rule[] {
  return rules.filter((rule) => ruleSetting(config.checks, rule.meta.id, rule.meta.family, rule.meta.defaultSeverity).severity !== 'off');
}

/**
 * Without a cache every file is new, and a changed file most likely holds a new word: such a run
 * loads the dictionaries on their thread from its start, while this one reads.
 */
function needsDictionariesAtOnce(run: { cache: boolean; changed: boolean }): boolean {
  return !run.cache || run.changed;
}

/**
 * Starts loading the dictionaries a run of the registered rules will need at once, before the run
 * itself: the command line calls it before it asks git what changed.
 */
export function prepareDictionaries(config: ResolvedConfig, run: { cache: boolean; changed: boolean }): void {
  if (!needsDictionariesAtOnce(run) || !activeRules(config, registeredRules).some((rule) => rule.meta.family === 'spelling')) return;
  dictionariesInTheirOwnThread(config.site.rootDir)?.warmUp();
}

/**
 * Reads, parses and checks files. Each file is parsed once and every per-file rule runs on that
 * one tree (in worker threads when the run is large); what the run-wide rules need is kept as the
 * file's facts and the tree is dropped. Files whose bytes did not change since the last run are
 * answered from the cache without being parsed.
 */
export async function check(options: CheckOptions): Promise<CheckResult> {
  // Started only when a file needs words judged; idle between runs.
  const dictionaries = dictionariesInTheirOwnThread(options.config.site.rootDir);
  const { config } = options;
  const cwd = options.cwd ?? process.cwd();
  const timer = new Timer();
  const rules = options.rules ?? registeredRules;
  const style = options.style !== false;
  const warnings: string[] = [];

  const active = activeRules(config, rules);
  const spellingOn = active.some((rule) => rule.meta.family === 'spelling');
  const only = options.only;
  if (spellingOn && needsDictionariesAtOnce({ cache: Boolean(options.cache), changed: only !== undefined })) dictionaries?.warmUp();

  const slots = await timer.time('read', () => readAll(config, options, cwd));
  const cache = options.cache ? await timer.time('cache', () => openCache(config, (options.cache as { path: string }).path)) : undefined;
  if (cache?.warning) warnings.push(cache.warning);
  // A per-file rule whose findings the cache may not hold forces every file to be parsed again.
  const cacheServes = active.every((rule) => !rule.check || isCacheable(rule));
  let done = 0;
  const progress = () => options.onProgress?.(++done, slots.length);
  for (const slot of slots) {
    const entry = cache?.entries.get(slot.identity.relativePath);
    if (!cacheServes || !entry || slot.hash === '' || entry.hash !== slot.hash || !entry.record) continue;
    slot.record = recordFromCache(slot.identity, slot.hash, entry);
    slot.fileDiagnostics = entry.diagnostics;
    slot.fromCache = true;
    progress();
  }

  const shared = new Map<string, unknown>();
  const passOptions: FilePassOptions = { config, rules, style, shared };
  // One judge for the run, whatever thread asks; it starts with the verdicts the cache kept.
  const wordJudge = localWordJudge(config.site.rootDir, cache?.words, dictionaries);
  shared.set(wordJudgeKey, Promise.resolve(wordJudge));
  const judge = async (): Promise<WordJudge> => wordJudge;

  /** A slot's text: its bytes decoded here, or the source that already says why it cannot be read. */
  const decoded = (slot: Slot) => (slot.read.bytes ? decodeSource(slot.read.bytes, config.checks.maxFileSize, config.checks, slot.hash) : slot.read.source);

  /** Files counted as done before their outcome was read (see `runInWorkers`). */
  const counted = new WeakSet<Slot>();
  const countDone = (slot: Slot) => {
    if (slot.record || counted.has(slot)) return;
    counted.add(slot);
    progress();
  };
  const accept = (slot: Slot, outcome: FileOutcome) => {
    countDone(slot);
    // A changed file parsed before its pass keeps the record it got then, which the run already holds.
    slot.record ??= outcome.record;
    slot.fileDiagnostics = outcome.diagnostics;
    slot.cacheable = outcome.cacheable;
    for (const [phase, milliseconds] of Object.entries(outcome.timings)) timer.add(phase, milliseconds);
  };

  /** Which threads the per-file pass uses for `fileCount` readable files. */
  const threadsFor = (fileCount: number): ThreadPlan => (options.rules || fileCount === 0 ? mainThreadAlone : threadPlan(fileCount));

  /** The per-file pass over the slots that have no record yet. */
  const pass = async (targets: Slot[]) => {
    const checkInThisThread = async (slot: Slot) => accept(slot, await checkOneFile(passOptions, slot.identity, decoded(slot)));
    const decodedSlots = targets.filter((slot) => slot.read.source);
    const byteSlots = targets.filter((slot) => slot.read.bytes);
    const plan = threadsFor(byteSlots.length);
    for (const slot of decodedSlots) await checkInThisThread(slot);
    const queue: WorkerJob[] = byteSlots.map((slot, index) => ({ index, identity: slot.identity, bytes: slot.read.bytes!, hash: slot.hash }));
    /**
     * This thread's share: files taken from the front of the queue, several at once so that they
     * parse while earlier ones wait for their words. After a failure no file starts (the workers'
     * queue is emptied too), and the pass fails once the started ones have settled.
     */
    const checkFromQueue = async (atOnce: number) => {
      let failure: { error: unknown } | undefined;
      const take = async () => {
        for (let job = queue.shift(); job && !failure; job = queue.shift()) {
          // Words already judged answer at once, so without this turn of the event loop the
          // workers' messages (asking for words and for more files) would wait for the queue to empty.
          if (plan.workers > 0) await new Promise((resolve) => setImmediate(resolve));
          await checkInThisThread(byteSlots[job.index]!).catch((error: unknown) => {
            failure ??= { error };
            queue.length = 0;
          });
        }
      };
      await Promise.all(Array.from({ length: atOnce }, take));
      if (failure) throw failure.error;
    };
    if (plan.workers === 0) return checkFromQueue(filesAheadOfVerdicts);
    // The dictionaries load (on their thread, or this one) while the workers parse the first files.
    if (spellingOn) wordJudge.warmUp();
    const start = performance.now();
    const inWorkers = runInWorkers(
      queue,
      plan.workers,
      { config, style },
      judge,
      (index, outcome) => accept(byteSlots[index]!, outcome),
      (index) => countDone(byteSlots[index]!),
    );
    // Not awaited before the workers are: a failure here must still let them be stopped.
    const inThisThread = plan.mainThreadChecks ? checkFromQueue(filesAheadOfVerdictsBesideWorkers) : Promise.resolve();
    inThisThread.catch(() => undefined);
    let leftOver: WorkerJob[];
    try {
      leftOver = await inWorkers;
    } catch (error) {
      queue.length = 0;
      await inThisThread.catch(() => undefined);
      throw error;
    }
    await inThisThread;
    timer.add(`workers (${plan.workers}${plan.mainThreadChecks ? ' and this thread' : ''}, wall)`, performance.now() - start);
    const retryStart = performance.now();
    for (const job of leftOver) await checkInThisThread(byteSlots[job.index]!);
    if (leftOver.length > 0) timer.add(`main thread (${leftOver.length} files a worker could not hold)`, performance.now() - retryStart);
  };

  const unchecked = slots.filter((slot) => !slot.record);
  /** Per-file passes still waiting for words to be judged while the run-wide rules go on. */
  const pending: Promise<void>[] = [];
  const meanwhile = (work: Promise<void>) => {
    // Awaited below; until then a failure must not count as unhandled.
    work.catch(() => undefined);
    pending.push(work);
  };
  /** Once no file of the run can ask for a word any more. */
  const doneWithDictionaries = async () => {
    if (options.keepDictionaries === false) await dictionaries?.release();
  };
  if (only === undefined) {
    await pass(unchecked);
    await doneWithDictionaries();
  } else {
    // A `--changed` run checks the changed files; the others are parsed only as far as the rules
    // read them (the frontmatter of all, the links and headings of the few a change can touch).
    const parsedOnDemand = (parsed: ParsedFile) => timer.add('parse (facts on demand)', (parsed.timings.parse ?? 0) + (parsed.timings.facts ?? 0));
    const changed = unchecked.filter((slot) => only.has(slot.identity.relativePath));
    const changedInThisThread = threadsFor(changed.filter((slot) => slot.read.bytes).length).workers === 0;
    if (changedInThisThread) {
      // As the pass would check them in this thread anyway, the changed files are parsed first and
      // their words are asked about at once: the dictionary thread answers them as soon as it has
      // loaded, while this thread reads the other files' frontmatter and the run-wide rules go on.
      for (const slot of changed) {
        const parsed = parseForCheck(slot.identity, decoded(slot));
        slot.record = parsed.record;
        progress();
        meanwhile(checkParsedFile(passOptions, parsed).then((outcome) => accept(slot, outcome)));
      }
      // Their rules run up to the question before the frontmatter loop holds this thread.
      await new Promise((resolve) => setImmediate(resolve));
    }
    await timer.time('frontmatter (facts on demand)', () => {
      for (const slot of unchecked) {
        if (only.has(slot.identity.relativePath)) continue;
        slot.record = lazyRecord(slot.identity, decoded(slot), parsedOnDemand);
        progress();
      }
    });
    if (!changedInThisThread) await pass(changed);
  }

  const records = slots.map((slot) => (slot.record ??= { ...slot.identity, format: 'md', hash: slot.hash, readable: false, facts: emptyFacts() }));
  const readable = records.filter((record) => record.readable);
  const baseContext = { ...runContext(config, shared, records), ...(only ? { changed: only } : {}) };

  const selection = only ? await timer.time('select', () => selectFiles(records, only, rules, baseContext)) : undefined;
  /** Whether the run reports on a file: for `rule`'s findings, or for any. */
  const isSelected = (record: FileRecord, rule?: Rule) => {
    if (!selection) return true;
    const reported = selection.get(record);
    return reported === 'all' || (reported !== undefined && (rule === undefined || reported.has(rule)));
  };
  /** Findings of the run-wide rules (links, collections), shown after each file's own. */
  const runWide = new Map<FileRecord, Diagnostic[]>(records.map((record) => [record, []]));

  // A full run over unchanged files may take the run-wide findings from the cache as well.
  const runKey = options.paths?.length || options.sources || options.rules || only || !cache || externalLinksOn(config) ? undefined : runKeyOf(slots, active);
  const reused = runKey !== undefined && cache ? await timer.time('cache', () => reusableRunFindings(config, cache.run, runKey)) : undefined;
  let runEntry: RunEntry | undefined;
  if (reused) {
    for (const record of records) runWide.set(record, [...(reused[record.relativePath] ?? [])]);
    timer.add('link and collection findings from the cache', 0);
  } else {
    for (const rule of active) {
      if (!rule.checkRecord && !rule.checkCollection) continue;
      const setting = ruleSetting(config.checks, rule.meta.id, rule.meta.family, rule.meta.defaultSeverity);
      const severity = setting.severity as Exclude<Severity, 'off'>;
      const context: RuleContext = { ...baseContext, options: setting.options, severity };
      const emit = (record: FileRecord, finding: Finding) =>
        runWide.get(record)?.push(makeDiagnostic(config, record, finding.ruleId ?? rule.meta.id, finding.severity ?? severity, finding, 'pressroom'));
      await timer.time(rule.meta.family, async () => {
        if (rule.checkRecord) {
          for (const record of readable) {
            if (!isSelected(record, rule)) continue;
            try {
              await rule.checkRecord(record, (finding) => emit(record, finding), context);
            } catch (error) {
              if (error instanceof CheckConfigError) throw error;
              runWide.get(record)?.push(internalError(config, record, `rule ${rule.meta.id}`, error));
            }
          }
        }
        if (rule.checkCollection) {
          try {
            await rule.checkCollection(readable, (record, finding) => isSelected(record, rule) && emit(record, finding), context);
          } catch (error) {
            const first = readable.find((record) => isSelected(record, rule));
            if (first) runWide.get(first)?.push(internalError(config, first, `rule ${rule.meta.id}`, error));
          }
        }
      });
    }
    if (runKey !== undefined) runEntry = runEntryOf(config.site.rootDir, runKey, shared, records, runWide);
  }

  await Promise.all(pending);
  await doneWithDictionaries();
  if (wordJudge.timings.load > 0) timer.add('dictionaries: load (elapsed)', wordJudge.timings.load);
  if (wordJudge.timings.judging > 0) timer.add('dictionaries: judging words (CPU)', wordJudge.timings.judging);
  // A file reported only for its links into a changed file has no per-file findings in this run.
  const ownFindings = (record: FileRecord, slot: Slot) => (selection && selection.get(record) !== 'all' ? [] : (slot.fileDiagnostics ?? []));
  const diagnostics = new Map(records.map((record, index) => [record, [...ownFindings(record, slots[index]!), ...runWide.get(record)!]]));

  if (cache) {
    await timer.time('cache', () => {
      let changed = cache.warning !== undefined || wordJudge.learnt || runEntry !== undefined;
      for (const slot of slots) {
        // A file the rules did not run on keeps its old entry; a crash is not kept.
        if (slot.fromCache || !slot.cacheable || slot.hash === '' || !slot.record?.readable || !slot.fileDiagnostics) continue;
        const { path: _path, ...record } = slot.record;
        cache.entries.set(slot.identity.relativePath, { hash: slot.hash, record, diagnostics: slot.fileDiagnostics });
        changed = true;
      }
      // A run answered wholly from the cache leaves the file as it is.
      if (changed) saveCache(cache.path, cache.fingerprint, cache.entries, wordJudge.verdicts, runEntry ?? cache.run);
    });
  }

  const results = records.filter((record) => isSelected(record)).map((record) => {
    const sorted = sortDiagnostics(diagnostics.get(record) ?? []);
    let messages: VFileMessage[] | undefined;
    return {
      file: record,
      diagnostics: sorted,
      // Made when asked for: the command line never needs them.
      get messages() {
        messages ??= sorted.map(toVFileMessage);
        return messages;
      },
    };
  });
  const cacheHits = slots.filter((slot) => slot.fromCache && slot.record && isSelected(slot.record)).length;
  return { files: results, timings: timer.timings, cacheHits, warnings };
}

function externalLinksOn(config: ResolvedConfig): boolean {
  return ruleSetting(config.checks, 'link-external', 'link', 'error').options[externalRunOption] === true;
}

/** What the run-wide findings depend on in the files: every path with its content hash. */
function runKeyOf(slots: readonly Slot[], active: readonly Rule[]): string {
  const hash = createHash('sha256');
  for (const rule of active) hash.update(`${rule.meta.id}\n`);
  for (const slot of slots) hash.update(`${slot.identity.relativePath}\0${slot.hash}\n`);
  return hash.digest('hex');
}

/** The last run's run-wide findings, when nothing they depend on changed. */
function reusableRunFindings(config: ResolvedConfig, run: RunEntry | undefined, key: string): Record<string, Diagnostic[]> | undefined {
  if (!run || run.key !== key) return undefined;
  if (run.validUntil !== null && Date.now() >= run.validUntil) return undefined;
  const root = config.site.rootDir;
  for (const [path, known] of run.probes) {
    let exists = false;
    try {
      exists = statSync(resolve(root, path)).isFile();
    } catch {
      exists = false;
    }
    if (exists !== known) return undefined;
  }
  for (const [path, stamp] of run.images) {
    if (imageStamp(resolve(root, path)) !== stamp) return undefined;
  }
  const pages = contentFilesOnDisk(config.site.config, root).sort();
  if (pages.length !== run.pages.length || pages.some((page, index) => page !== run.pages[index])) return undefined;
  return run.diagnostics;
}

/** The run-wide findings of this run, with what they depended on, for the next run. */
function runEntryOf(
  root: string,
  key: string,
  shared: ReadonlyMap<string, unknown>,
  records: readonly FileRecord[],
  runWide: ReadonlyMap<FileRecord, Diagnostic[]>,
): RunEntry | undefined {
  const graph = shared.get('links:graph') as LinkGraph | undefined;
  // A page the run did not read itself (ignored by `checks.ignore`) is not in the key.
  const checked = new Set(records.map((record) => record.relativePath));
  if (graph && [...graph.pagesByFile.keys()].some((page) => !checked.has(page))) return undefined;
  const found: Record<string, Diagnostic[]> = {};
  for (const record of records) {
    const added = runWide.get(record)!;
    // A rule that failed on a file is not an answer to keep.
    if (added.some((diagnostic) => diagnostic.ruleId === 'pressroom-internal')) return undefined;
    if (added.length > 0) found[record.relativePath] = added;
  }
  const validUntil = graph?.validUntil?.getTime() ?? null;
  if (validUntil !== null && validUntil <= Date.now()) return undefined;
  return {
    key,
    validUntil,
    probes: (graph?.probes() ?? []).map(([path, exists]) => [toPosixPath(relative(root, path)), exists]),
    images: (graph?.imageStamps() ?? []).map(([path, stamp]) => [toPosixPath(relative(root, path)), stamp]),
    pages: graph ? [...graph.pagesByFile.keys()].sort() : [],
    diagnostics: found,
  };
}

function openCache(config: ResolvedConfig, path: string) {
  const fingerprint = runFingerprint(config);
  return { path, fingerprint, ...loadCache(path, fingerprint) };
}

/**
 * What a `--changed` run reports: the changed files in full (`'all'`), and each file whose rules
 * say it depends on a changed one for those rules alone.
 */
function selectFiles(
  files: readonly FileRecord[],
  only: ReadonlySet<string>,
  rules: readonly Rule[],
  baseContext: Omit<RuleContext, 'options' | 'severity'>,
): Map<FileRecord, 'all' | Set<Rule>> {
  const selected = new Map<FileRecord, 'all' | Set<Rule>>(files.filter((file) => only.has(file.relativePath)).map((file) => [file, 'all']));
  for (const rule of rules) {
    if (!rule.references) continue;
    const context: RuleContext = { ...baseContext, options: {}, severity: 'warning' };
    for (const file of files) {
      if (selected.get(file) === 'all' || !file.readable) continue;
      let depends: boolean;
      try {
        depends = rule.references(file, context, only).some((path) => only.has(path));
      } catch {
        // A rule that cannot say what a file depends on: check the file with it to be safe.
        depends = true;
      }
      if (!depends) continue;
      const reportedFor = selected.get(file);
      if (reportedFor instanceof Set) reportedFor.add(rule);
      else selected.set(file, new Set([rule]));
    }
  }
  return selected;
}

export type { Severity };
