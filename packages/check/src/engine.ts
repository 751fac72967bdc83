import { relative, resolve, sep } from 'node:path';
import { contentId, createRoutes } from '@pressroom/site-config';
import { glob } from 'tinyglobby';
import { VFileMessage } from 'vfile-message';
import { loadCache, runFingerprint, saveCache } from './cache.js';
import { CheckConfigError, ruleSetting, type ResolvedConfig } from './config.js';
import { createContentFile } from './parse.js';
import { decodeSource, readSource, type DecodedSource } from './read.js';
import type { ContentFile, Finding, Position, Rule, RuleContext, Severity } from './rule.js';
import { ruleUrl } from './rule-url.js';
import { rules as registeredRules } from './rules/index.js';
import { runStyle } from './style.js';

export interface Diagnostic {
  /** Posix path relative to the repository root. */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  ruleId: string;
  severity: 'error' | 'warning';
  message: string;
  source: string;
  url: string;
  suggestions?: string[];
  note?: string;
  fix?: { start: number; end: number; replacement: string; kind: 'style' | 'spelling' };
}

export interface FileResult {
  file: ContentFile;
  diagnostics: Diagnostic[];
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
  /** Called after each file is read and parsed. */
  onProgress?: (done: number, total: number) => void;
}

const markdownGlob = '**/*.{md,mdx,markdown}';

function toPosix(path: string): string {
  return path.split(sep).join('/');
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
    const matches = await glob(markdownGlob, { cwd: target, ignore, absolute: true, dot: false }).catch(() => []);
    if (matches.length > 0) {
      for (const match of matches) found.add(toPosix(relative(root, match)));
    } else if (paths && paths.length > 0) {
      // A file, or a path that does not exist: reading it reports what is wrong, located.
      found.add(toPosix(relative(root, target)));
    }
  }
  return [...found].filter((path) => path !== '' && !path.endsWith('/')).sort();
}

function identify(config: ResolvedConfig, relativePath: string) {
  const root = config.site.rootDir;
  for (const site of ['blog', 'docs'] as const) {
    const dir = toPosix(config.site.config.sites[site].contentDir).replace(/\/+$/, '');
    if (relativePath.startsWith(`${dir}/`)) {
      return { path: resolve(root, relativePath), relativePath, site, id: contentId(relativePath.slice(dir.length + 1)) };
    }
  }
  return { path: resolve(root, relativePath), relativePath, site: undefined, id: undefined };
}

function toPosition(place: Finding['place']): Position {
  return 'start' in place ? { start: place.start, end: place.end } : { start: place, end: place };
}

function makeDiagnostic(
  config: ResolvedConfig,
  file: ContentFile,
  ruleId: string,
  severity: 'error' | 'warning',
  finding: Finding,
  source: string,
): Diagnostic {
  const position = toPosition(finding.place);
  const diagnostic: Diagnostic = {
    file: file.relativePath,
    line: position.start.line,
    column: position.start.column,
    endLine: position.end.line,
    endColumn: position.end.column,
    ruleId,
    severity,
    message: finding.message,
    source,
    url: ruleUrl(config.site.config, ruleId),
  };
  if (finding.suggestions && finding.suggestions.length > 0) diagnostic.suggestions = finding.suggestions;
  if (finding.note) diagnostic.note = finding.note;
  if (finding.fix) diagnostic.fix = finding.fix;
  return diagnostic;
}

/** The diagnostic as a unified vfile message, for tools that speak vfile. */
export function toVFileMessage(diagnostic: Diagnostic): VFileMessage {
  const message = new VFileMessage(diagnostic.message, {
    place: {
      start: { line: diagnostic.line, column: diagnostic.column },
      end: { line: diagnostic.endLine, column: diagnostic.endColumn },
    },
    ruleId: diagnostic.ruleId,
    source: diagnostic.source,
  });
  message.file = diagnostic.file;
  message.fatal = diagnostic.severity === 'error';
  message.url = diagnostic.url;
  if (diagnostic.suggestions) message.expected = diagnostic.suggestions;
  if (diagnostic.note) message.note = diagnostic.note;
  return message;
}

function internalError(config: ResolvedConfig, file: ContentFile, where: string, error: unknown): Diagnostic {
  const reason = error instanceof Error ? error.message : String(error);
  return makeDiagnostic(
    config,
    file,
    'pressroom-internal',
    'error',
    { message: `Unexpected internal error in ${where}: ${reason}. Please report it with this file attached`, place: { line: 1, column: 1 } },
    'pressroom',
  );
}

class Timer {
  readonly timings = new Map<string, number>();
  async time<T>(phase: string, run: () => Promise<T> | T): Promise<T> {
    const start = performance.now();
    try {
      return await run();
    } finally {
      this.timings.set(phase, (this.timings.get(phase) ?? 0) + performance.now() - start);
    }
  }
}

/** Reads, parses and checks files: every rule over one tree per file. */
export async function check(options: CheckOptions): Promise<CheckResult> {
  const { config } = options;
  const cwd = options.cwd ?? process.cwd();
  const timer = new Timer();
  const rules = options.rules ?? registeredRules;

  const inputs: { relativePath: string; load: () => Promise<DecodedSource> }[] = options.sources
    ? options.sources.map((source) => ({
        relativePath: toPosix(source.relativePath),
        load: async () =>
          decodeSource(typeof source.bytes === 'string' ? new TextEncoder().encode(source.bytes) : source.bytes, config.checks.maxFileSize, config.checks),
      }))
    : (await resolveFiles(config, options.paths, cwd)).map((relativePath) => ({
        relativePath,
        load: () => readSource(resolve(config.site.rootDir, relativePath), config.checks.maxFileSize, config.checks, config.site.rootDir),
      }));

  const files: ContentFile[] = [];
  const diagnostics = new Map<ContentFile, Diagnostic[]>();
  const failed = new Set<ContentFile>();
  for (const input of inputs) {
    const decoded = await timer.time('read', input.load);
    const identity = identify(config, input.relativePath);
    const file = await timer.time('parse', () => {
      try {
        return createContentFile(identity, decoded);
      } catch (error) {
        // The parsers should accept any text; if one does not, the file is reported, not the run.
        const reason = error instanceof Error ? error.message : String(error);
        return createContentFile(identity, {
          ...decoded,
          text: '',
          problem: { kind: 'unreadable', message: `Unexpected internal error while parsing the file: ${reason}. Please report it with this file attached`, line: 1, column: 1 },
        });
      }
    });
    files.push(file);
    diagnostics.set(file, []);
    options.onProgress?.(files.length, inputs.length);
  }

  const shared = new Map<string, unknown>();
  const baseContext = {
    rootDir: config.site.rootDir,
    site: config.site,
    routes: createRoutes(config.site.config),
    files,
    shared<T>(key: string, create: () => T): T {
      if (!shared.has(key)) shared.set(key, create());
      return shared.get(key) as T;
    },
  };
  const warnings: string[] = [];
  const cache = options.cache ? await timer.time('cache', () => openCache(config, (options.cache as { path: string }).path)) : undefined;
  if (cache?.warning) warnings.push(cache.warning);
  const hits = new Set(files.filter((file) => file.hash !== '' && cache?.entries.get(file.relativePath)?.hash === file.hash));
  // Findings of cacheable rules on files that were not hits: what the next run may reuse.
  const fresh = new Map<ContentFile, Diagnostic[]>();
  const record = (file: ContentFile, diagnostic: Diagnostic, cacheable: boolean) => {
    diagnostics.get(file)?.push(diagnostic);
    if (!cacheable) return;
    const list = fresh.get(file) ?? [];
    list.push(diagnostic);
    fresh.set(file, list);
  };

  const allReadable = files.filter((file) => file.readable);
  const selected = options.only ? selectFiles(files, options.only, rules, baseContext) : undefined;
  const isSelected = (file: ContentFile) => selected === undefined || selected.has(file);
  const readable = allReadable.filter(isSelected);

  for (const rule of rules) {
    const setting = ruleSetting(config.checks, rule.meta.id, rule.meta.family, rule.meta.defaultSeverity);
    if (setting.severity === 'off') continue;
    const severity = setting.severity;
    const context: RuleContext = { ...baseContext, options: setting.options, severity };
    const cacheable = isCacheable(rule);
    const emit = (file: ContentFile, finding: Finding, perFile = false) => {
      const ruleId = finding.ruleId ?? rule.meta.id;
      record(file, makeDiagnostic(config, file, ruleId, finding.severity ?? severity, finding, 'pressroom'), perFile && cacheable);
    };
    await timer.time(rule.meta.family, async () => {
      if (rule.check) {
        const targets = rule.meta.family === 'input' ? files.filter(isSelected) : readable;
        for (const file of targets) {
          if (cacheable && hits.has(file)) continue;
          try {
            await rule.check(file, (finding) => emit(file, finding, true), context);
          } catch (error) {
            // A broken setup (dictionaries that do not load) is the run's problem, not each file's.
            if (error instanceof CheckConfigError) throw error;
            diagnostics.get(file)?.push(internalError(config, file, `rule ${rule.meta.id}`, error));
            hits.delete(file);
            cache?.entries.delete(file.relativePath);
            fresh.delete(file);
            failed.add(file);
          }
        }
      }
      if (rule.checkCollection) {
        try {
          await rule.checkCollection(allReadable, (file, finding) => isSelected(file) && emit(file, finding), context);
        } catch (error) {
          const first = readable[0];
          if (first) diagnostics.get(first)?.push(internalError(config, first, `rule ${rule.meta.id}`, error));
        }
      }
    });
  }

  if (options.style !== false) {
    await timer.time('style', async () => {
      for (const file of readable) {
        if (hits.has(file)) continue;
        try {
          for (const finding of await runStyle(file)) {
            const setting = ruleSetting(config.checks, finding.ruleId, 'style', 'warning');
            if (setting.severity === 'off') continue;
            if (finding.ruleId === 'no-trailing-spaces' && isOnlyCarriageReturn(file, finding)) continue;
            record(file, makeDiagnostic(config, file, finding.ruleId, setting.severity, finding, 'remark-lint'), true);
          }
        } catch (error) {
          diagnostics.get(file)?.push(internalError(config, file, 'the style rules', error));
          failed.add(file);
        }
      }
    });
  }

  if (cache) {
    await timer.time('cache', () => {
      for (const file of hits) {
        if (isSelected(file)) diagnostics.get(file)?.push(...cache.entries.get(file.relativePath)!.diagnostics);
      }
      for (const file of files) {
        // A file the rules did not run on (not selected) keeps its old entry; a crash is not kept.
        if (hits.has(file) || failed.has(file) || file.hash === '' || !isSelected(file)) continue;
        cache.entries.set(file.relativePath, { hash: file.hash, diagnostics: fresh.get(file) ?? [] });
      }
      saveCache(cache.path, cache.fingerprint, cache.entries);
    });
  }

  const results = files.filter(isSelected).map((file) => {
    const sorted = sortDiagnostics(diagnostics.get(file) ?? []);
    // The same findings as unified messages on the file's vfile, for tools that speak vfile.
    file.vfile.messages = sorted.map((diagnostic) => {
      const message = toVFileMessage(diagnostic);
      message.file = file.vfile.path;
      return message;
    });
    return { file, diagnostics: sorted };
  });
  return { files: results, timings: timer.timings, cacheHits: [...hits].filter(isSelected).length, warnings };
}

function openCache(config: ResolvedConfig, path: string) {
  const fingerprint = runFingerprint(config);
  return { path, fingerprint, ...loadCache(path, fingerprint) };
}

/** The changed files, plus every file whose rules say it depends on a changed one. */
function selectFiles(
  files: readonly ContentFile[],
  only: ReadonlySet<string>,
  rules: readonly Rule[],
  baseContext: Omit<RuleContext, 'options' | 'severity'>,
): Set<ContentFile> {
  const selected = new Set(files.filter((file) => only.has(file.relativePath)));
  for (const rule of rules) {
    if (!rule.references) continue;
    const context: RuleContext = { ...baseContext, options: {}, severity: 'warning' };
    for (const file of files) {
      if (selected.has(file) || !file.readable) continue;
      try {
        if (rule.references(file, context).some((path) => only.has(path))) selected.add(file);
      } catch {
        // A rule that cannot say what a file depends on: check the file to be safe.
        selected.add(file);
      }
    }
  }
  return selected;
}

/** CRLF files are reported once by `input-newline`, not on every line as trailing `\r`. */
function isOnlyCarriageReturn(file: ContentFile, finding: Finding): boolean {
  const position = toPosition(finding.place);
  const { start, end } = position;
  if (start.offset === undefined || end.offset === undefined) return false;
  return /^\r+$/.test(file.text.slice(start.offset, end.offset));
}

export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return list.sort(
    (a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message),
  );
}

export type { Severity };
