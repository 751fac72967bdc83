/**
 * `check()`: one run, stage by stage. Each stage is a module of this folder; the profile times them.
 */
import type { VFileMessage } from 'vfile-message';
import { emptyFacts } from '../input/facts.js';
import { localeLang } from '../input/locale.js';
import { uncheckedLanguageNote } from '../spelling/languages.js';
import { Profile, Stretches } from '../profile/index.js';
import type { FileRecord, Rule } from '../rule.js';
import { rules as registeredRules } from '../rules/index.js';
import { checkChanged, isSelected, selectFiles, type Selection } from './changed.js';
import { answerFromCache, keepInCache, openCache } from './cached.js';
import { ruleSetting, type ResolvedConfig } from './config.js';
import { sortDiagnostics, toVFileMessage, type Diagnostic } from './diagnostic.js';
import { applyDirectives, directiveSettings, type DirectiveSettings, type SuppressedDiagnostic } from './directives.js';
import { runContext } from './file-pass.js';
import { otherContentFiles, readFiles, type Slot, type SourceInput } from './files.js';
import { PerFilePass } from './per-file.js';
import { capFindings } from './finding-cap.js';
import { runWidePass, type RunWideFindings } from './run-wide.js';
import { inLanguageOrder, runWords } from './words.js';

export { isCacheable } from './cached.js';
export { resolveFiles, type SourceInput } from './files.js';
export { prepareDictionaries } from './words.js';
export { sortDiagnostics, toVFileMessage, type Diagnostic, type SuppressedDiagnostic };

export interface FileResult {
  /** The file's identity and facts (its tree is not kept). */
  file: FileRecord;
  diagnostics: Diagnostic[];
  /** Findings a disable comment hid, with the comment: never counted as errors. */
  suppressed: SuppressedDiagnostic[];
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
  /** What the run did not check, one line each (`spelling not checked for ja: no dictionary`), for stderr. */
  notes: string[];
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

function activeRules(config: ResolvedConfig, rules: readonly Rule[]): Rule[] {
  return rules.filter((rule) => ruleSetting(config.checks, rule.meta.id, rule.meta.family, rule.meta.defaultSeverity).severity !== 'off');
}

/**
 * Reads, parses and checks files. Each file is parsed once and every per-file rule runs on that
 * one tree (in worker threads when the run is large); what the run-wide rules need is kept as the
 * file's facts and the tree is dropped. Files whose bytes did not change since the last run are
 * answered from the cache without being parsed.
 */
export async function check(options: CheckOptions): Promise<CheckResult> {
  const { config, only } = options;
  const profile = new Profile();
  const rules = options.rules ?? registeredRules;
  const active = activeRules(config, rules);
  const words = runWords({ config, rules: active, cache: Boolean(options.cache), changed: only !== undefined, keepDictionaries: options.keepDictionaries ?? true });

  // Read every file, and answer the unchanged ones from the cache.
  const slots = await profile.time('read', () => readFiles(config, options, options.cwd ?? process.cwd()));
  const cache = options.cache ? await profile.time('cache', () => openCache(config, (options.cache as { path: string }).path)) : undefined;
  let done = 0;
  const progress = () => options.onProgress?.(++done, slots.length);
  answerFromCache(slots, cache, active, progress);

  // The per-file pass over the others; a `--changed` run reads most of them on demand.
  const shared = new Map<string, unknown>();
  const service = words.serve(cache?.words, cache?.tokens);
  const passOptions = { config, rules, style: options.style !== false, shared, words: service, stretches: new Stretches() };
  const pass = new PerFilePass(passOptions, { config, profile, words, threads: !options.rules, progress });
  const unchecked = slots.filter((slot) => !slot.record);
  // A full run checks language by language, and each language's dictionaries go after its last file.
  const ordered = only ? unchecked : inLanguageOrder(config, unchecked);
  // The files whose words the run asks about are known now: their dictionaries start loading.
  words.expect((only ? unchecked.filter((slot) => only.has(slot.identity.relativePath)) : ordered).map((slot) => slot.identity));
  const pending = only ? await checkChanged(pass, unchecked, only, progress) : (await pass.check(ordered), []);
  if (!only) await words.done();

  // The run-wide pass over every file's record.
  const records = slots.map((slot) => (slot.record ??= { ...slot.identity, format: 'md', hash: slot.hash, readable: false, facts: emptyFacts() }));
  // Links resolve against every page: the content files the run does not cover are read once, when a link rule asks.
  const otherFiles = () => otherContentFiles(config.site.config, config.site.rootDir, records.filter((record) => record.readable));
  const context = { ...runContext(config, shared, records, service, otherFiles), ...(only ? { changed: only } : {}) };
  const selection = only ? await profile.time('select', () => selectFiles(records, only, rules, context)) : undefined;
  // A full run over unchanged files may take the run-wide findings from the cache as well.
  const cached = cache && !options.paths?.length && !options.sources && !options.rules && !only ? cache : undefined;
  const runWide = await runWidePass({ config, rules: active, records, slots, context, selection, cached, profile });

  await Promise.all(pending);
  await words.done();
  words.report(profile);
  const warnings = cache?.warning ? [cache.warning] : [];
  const written = cache ? await profile.time('cache', () => keepInCache(cache, slots, words, runWide.entry)) : undefined;
  if (written) warnings.push(written);
  // A language without a dictionary is named once, whether its files were checked now or answered from the cache.
  const languages = new Set(records.flatMap((record) => localeLang(config.site, record) ?? []));
  const uncheckedLanguages = new Set([...words.unchecked, ...[...(cache?.unchecked ?? [])].filter((language) => languages.has(language))]);
  return {
    notes: [...[...uncheckedLanguages].sort().map(uncheckedLanguageNote), ...runWide.notes],
    files: results(config, records, slots, runWide, selection, directiveSettings(config, rules)),
    timings: profile.timings,
    cacheHits: slots.filter((slot) => slot.fromCache && slot.record && isSelected(selection, slot.record)).length,
    warnings,
  };
}

/** Each reported file with its findings, its own first and then the run-wide ones, sorted. */
function results(
  config: ResolvedConfig,
  records: readonly FileRecord[],
  slots: readonly Slot[],
  runWide: Pick<RunWideFindings, 'findings' | 'dropped'>,
  selection: Selection | undefined,
  directives: DirectiveSettings,
): FileResult[] {
  // A file reported only for its links into a changed file has no per-file findings in this run.
  const own = (record: FileRecord) => !selection || selection.get(record) === 'all';
  const ownFindings = (record: FileRecord, slot: Slot) => (own(record) ? (slot.fileDiagnostics ?? []) : []);
  return records.flatMap((record, index) => {
    if (!isSelected(selection, record)) return [];
    // The comments apply to every finding, cached or new; the raw findings are what the cache keeps.
    const all = selection === undefined || selection.get(record) === 'all';
    const applied = applyDirectives(record, [...ownFindings(record, slots[index]!), ...runWide.findings.get(record)!], directives, all);
    const sorted = capFindings(config, record, sortDiagnostics(applied.diagnostics), [own(record) ? slots[index]!.droppedFindings : undefined, runWide.dropped.get(record)]);
    let messages: VFileMessage[] | undefined;
    return [
      {
        file: record,
        diagnostics: sorted,
        suppressed: sortDiagnostics(applied.suppressed) as SuppressedDiagnostic[],
        // Made when asked for: the command line never needs them.
        get messages() {
          messages ??= sorted.map(toVFileMessage);
          return messages;
        },
      },
    ];
  });
}

export type { Severity } from '../rule.js';
