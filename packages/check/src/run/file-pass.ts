import { createRoutes } from '@pressroom/site-config';
import { CheckConfigError, ruleSetting, type ResolvedConfig } from './config.js';
import { makeDiagnostic, internalError, type Diagnostic } from './diagnostic.js';
import { FindingCollector, type DroppedFindings } from './finding-cap.js';
import { memoIn } from './memo.js';
import { asksForWords } from './words.js';
import { toRecord } from '../input/facts.js';
import { createContentFile, type FileIdentity } from '../input/parse.js';
import type { DecodedSource } from '../input/read.js';
import { waitedFor, type Stretches } from '../profile/index.js';
import type { ContentFile, FileRecord, Finding, OtherFile, Rule, RuleContext, WordService } from '../rule.js';
import { runStyle } from '../rules/style.js';

/** What the per-file pass learnt of one file: everything later phases need, without the tree. */
export interface FileOutcome {
  record: FileRecord;
  /** Findings of the per-file rules and the style preset: past the findings cap, only the first by place. */
  diagnostics: Diagnostic[];
  /** The findings past the cap that were counted, not kept (see `FindingCollector`). */
  dropped?: DroppedFindings;
  /** `false` when a rule failed on the file: its findings are not worth keeping in the cache. */
  cacheable: boolean;
  /** Milliseconds per phase spent on this file. */
  timings: Record<string, number>;
}

export interface FilePassOptions {
  config: ResolvedConfig;
  rules: readonly Rule[];
  /** Run the remark-lint preset. */
  style: boolean;
  /** Per-thread memo for rules (`RuleContext.shared`). */
  shared: Map<string, unknown>;
  /** The run's word service, as this thread reaches it. */
  words: WordService;
  /** The timed work of this thread. */
  stretches: Stretches;
}

/**
 * What a rule sees of the run, in whichever thread it runs: `shared` memoises in `memo`, where the
 * routes are made once; `otherFiles` is asked once, when a link rule first needs every page.
 */
export function runContext(
  config: ResolvedConfig,
  memo: Map<string, unknown>,
  files: readonly FileRecord[],
  words: WordService,
  otherFiles: () => readonly OtherFile[] = () => [],
): Omit<RuleContext, 'options' | 'severity'> {
  const shared = memoIn(memo);
  let others: readonly OtherFile[] | undefined;
  return {
    rootDir: config.site.rootDir,
    site: config.site,
    untrusted: config.checks.untrusted,
    layout: config.layout,
    routes: shared('run:routes', () => createRoutes(config.site.config)),
    files,
    otherFiles: () => (others ??= otherFiles()),
    shared,
    words,
  };
}

/** Parses a file; a parser that throws makes the file unreadable, with the reason, instead of stopping the run. */
export function parseSafely(identity: FileIdentity, source: DecodedSource): ContentFile {
  try {
    return createContentFile(identity, source);
  } catch (error) {
    // The parsers should accept any text; if one does not, the file is reported, not the run.
    const reason = error instanceof Error ? error.message : String(error);
    return createContentFile(identity, {
      ...source,
      text: '',
      problem: { kind: 'unreadable', message: `Unexpected internal error while parsing the file: ${reason}. Please report it with this file attached`, line: 1, column: 1 },
    });
  }
}

/** CRLF files are reported once by `input-newline`, not on every line as trailing `\r`. */
function isOnlyCarriageReturn(file: ContentFile, finding: Finding): boolean {
  const place = finding.place;
  if (!('start' in place)) return false;
  const { start, end } = place;
  if (start.offset === undefined || end.offset === undefined) return false;
  return /^\r+$/.test(file.text.slice(start.offset, end.offset));
}

/** A file parsed for its per-file pass: its tree, and the record the run keeps of it. */
export interface ParsedFile {
  file: ContentFile;
  record: FileRecord;
  timings: Record<string, number>;
}

/** The first half of the per-file pass: parses the file and collects its facts. */
export function parseForCheck(identity: FileIdentity, source: DecodedSource, stretches: Stretches): ParsedFile {
  const timings: Record<string, number> = {};
  const file = stretches.time(timings, 'parse', () => parseSafely(identity, source));
  const record = stretches.time(timings, 'facts', () => toRecord(file));
  return { file, record, timings };
}

/**
 * Parses one file and runs every per-file rule and the style preset on its one tree, then keeps
 * its record (identity and facts) and drops the tree. Runs in a worker thread or in the main one.
 */
export async function checkOneFile(options: FilePassOptions, identity: FileIdentity, source: DecodedSource): Promise<FileOutcome> {
  return checkParsedFile(options, parseForCheck(identity, source, options.stretches));
}

/** The second half of the per-file pass: every per-file rule and the style preset on the parsed tree. */
export async function checkParsedFile(options: FilePassOptions, parsed: ParsedFile): Promise<FileOutcome> {
  const { config } = options;
  const { file, record, timings } = parsed;
  const diagnostics = new FindingCollector(config, record);

  let cacheable = true;
  const { stretches } = options;
  // A rule's wait for words is not its time: the answer is other threads' work, and meanwhile
  // other files are checked here.
  const context = runContext(config, options.shared, [], waitedFor(options.words, stretches));
  const runRule = async (rule: Rule) => {
    if (!rule.check) return;
    if (!file.readable && rule.meta.family !== 'input') return;
    const setting = ruleSetting(config.checks, rule.meta.id, rule.meta.family, rule.meta.defaultSeverity);
    if (setting.severity === 'off') return;
    const severity = setting.severity;
    const phase = stretches.start(timings, rule.meta.family);
    try {
      const checking = rule.check(
        file,
        (finding) => diagnostics.push(makeDiagnostic(config, file, finding.ruleId ?? rule.meta.id, finding.severity ?? severity, finding, 'pressroom')),
        { ...context, options: setting.options, severity },
      );
      if (checking) await checking;
    } catch (error) {
      // A broken setup (dictionaries that do not load) is the run's problem, not each file's.
      if (error instanceof CheckConfigError) throw error;
      diagnostics.push(internalError(config, file, `rule ${rule.meta.id}`, error));
      cacheable = false;
    } finally {
      phase.end();
    }
  };

  // A rule that asks for words goes last: in a worker it waits for the main thread's verdicts,
  // and by then the file's other checks are done.
  for (const rule of options.rules) if (!asksForWords(rule)) await runRule(rule);

  if (options.style && file.readable) {
    const styleStretch = stretches.start(timings, 'style');
    try {
      for (const finding of runStyle(file)) {
        const setting = ruleSetting(config.checks, finding.ruleId, 'style', 'warning');
        if (setting.severity === 'off') continue;
        if (finding.ruleId === 'no-trailing-spaces' && isOnlyCarriageReturn(file, finding)) continue;
        diagnostics.push(makeDiagnostic(config, file, finding.ruleId, setting.severity, finding, 'remark-lint'));
      }
    } catch (error) {
      diagnostics.push(internalError(config, file, 'the style rules', error));
      cacheable = false;
    } finally {
      styleStretch.end();
    }
  }

  for (const rule of options.rules) if (asksForWords(rule)) await runRule(rule);
  return { record, ...diagnostics.finish(), cacheable, timings };
}
