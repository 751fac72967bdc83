/**
 * The run-wide pass: the link and collection rules, on every file's record once the per-file pass
 * has them. A full run over unchanged files takes their findings from the cache instead.
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { toPosixPath } from '@pressroom/site-config';
import { externalRunOption } from '../links/external/options.js';
import { imageStamp } from '../links/image-files.js';
import { linkDependencies } from '../links/state.js';
import type { Profile } from '../profile/index.js';
import type { FileRecord, Finding, Rule, RuleContext, Severity } from '../rule.js';
import type { RunEntry } from './cache.js';
import { isSelected, type Selection } from './changed.js';
import { CheckConfigError, ruleSetting, type ResolvedConfig } from './config.js';
import { internalError, makeDiagnostic, type Diagnostic } from './diagnostic.js';
import { FindingCollector, type DroppedFindings } from './finding-cap.js';
import { contentFilesOnDisk, type Slot } from './files.js';

export interface RunWideInput {
  config: ResolvedConfig;
  /** The run's active rules; those with `checkRecord` or `checkCollection` run here. */
  rules: readonly Rule[];
  records: readonly FileRecord[];
  slots: readonly Slot[];
  context: Omit<RuleContext, 'options' | 'severity'>;
  selection: Selection | undefined;
  /** The cache's run-wide entry, when this run may use one (a full run of the registered rules over the default files). */
  cached: { run: RunEntry | undefined } | undefined;
  profile: Profile;
}

export interface RunWideFindings {
  /** Per record, the findings of the run-wide rules: past the findings cap, only the first by place. */
  findings: Map<FileRecord, Diagnostic[]>;
  /** Per record, the findings past the cap that were counted, not kept (see `FindingCollector`). */
  dropped: Map<FileRecord, DroppedFindings>;
  /** What the rules could not check, one line each (`RuleContext.note`). */
  notes: string[];
  /** What the cache keeps of them for the next run, when it may. */
  entry: RunEntry | undefined;
}

export async function runWidePass(input: RunWideInput): Promise<RunWideFindings> {
  const { config, records, profile } = input;
  const findings = new Map<FileRecord, Diagnostic[]>();
  const dropped = new Map<FileRecord, DroppedFindings>();
  const key = input.cached && !externalLinksOn(config) ? await runKeyOf(input.slots, input.rules, input.context) : undefined;
  const reused = key !== undefined ? await profile.time('cache', () => reusableRunFindings(config, input.cached?.run, key)) : undefined;
  if (reused) {
    for (const record of records) {
      findings.set(record, [...(reused.diagnostics[record.relativePath] ?? [])]);
      const count = reused.dropped?.[record.relativePath];
      if (count) dropped.set(record, count);
    }
    profile.add('link and collection findings from the cache', 0);
    return { findings, dropped, notes: input.cached?.run?.notes ?? [], entry: undefined };
  }
  // Made at a file's first finding: a file read on demand is parsed for its comments only then.
  const collectors = new Map<FileRecord, FindingCollector>();
  const collector = (record: FileRecord) => {
    let found = collectors.get(record);
    if (!found) collectors.set(record, (found = new FindingCollector(config, record)));
    return found;
  };
  const notes = new Set<string>();
  const readable = records.filter((record) => record.readable);
  for (const rule of input.rules) {
    if (!rule.checkRecord && !rule.checkCollection) continue;
    const setting = ruleSetting(config.checks, rule.meta.id, rule.meta.family, rule.meta.defaultSeverity);
    const severity = setting.severity as Exclude<Severity, 'off'>;
    const context: RuleContext = { ...input.context, options: setting.options, severity, note: (text) => notes.add(text) };
    const emit = (record: FileRecord, finding: Finding) =>
      collector(record).push(makeDiagnostic(config, record, finding.ruleId ?? rule.meta.id, finding.severity ?? severity, finding, 'pressroom'));
    await profile.time(rule.meta.family, async () => {
      if (rule.checkRecord) {
        for (const record of readable) {
          if (!isSelected(input.selection, record, rule)) continue;
          try {
            await rule.checkRecord(record, (finding) => emit(record, finding), context);
          } catch (error) {
            if (error instanceof CheckConfigError) throw error;
            collector(record).push(internalError(config, record, `rule ${rule.meta.id}`, error));
          }
        }
      }
      if (rule.checkCollection) {
        try {
          await rule.checkCollection(readable, (record, finding) => isSelected(input.selection, record, rule) && emit(record, finding), context);
        } catch (error) {
          const first = readable.find((record) => isSelected(input.selection, record, rule));
          if (first) collector(first).push(internalError(config, first, `rule ${rule.meta.id}`, error));
        }
      }
    });
  }
  const failed = new Set<FileRecord>();
  for (const record of records) {
    const found = collectors.get(record);
    const kept = found?.finish();
    findings.set(record, kept?.diagnostics ?? []);
    if (kept?.dropped) dropped.set(record, kept.dropped);
    if (found?.failed) failed.add(record);
  }
  const entry = key === undefined ? undefined : runEntryOf(config.site.rootDir, key, input.context, records, { findings, dropped, failed });
  if (entry && notes.size > 0) entry.notes = [...notes];
  return { findings, dropped, notes: [...notes], entry };
}

function externalLinksOn(config: ResolvedConfig): boolean {
  return ruleSetting(config.checks, 'link-external', 'link', 'error').options[externalRunOption] === true;
}

/** What the run-wide findings depend on: every path with its content hash, and what the rules add (`Rule.runKey`). */
async function runKeyOf(slots: readonly Slot[], active: readonly Rule[], context: RunWideInput['context']): Promise<string> {
  const hash = createHash('sha256');
  for (const rule of active) hash.update(`${rule.meta.id}\0${rule.runKey ? await rule.runKey(context) : ''}\n`);
  for (const slot of slots) hash.update(`${slot.identity.relativePath}\0${slot.hash}\n`);
  return hash.digest('hex');
}

/** The last run's run-wide findings, when nothing they depend on changed. */
function reusableRunFindings(config: ResolvedConfig, run: RunEntry | undefined, key: string): Pick<RunEntry, 'diagnostics' | 'dropped'> | undefined {
  if (!run || run.key !== key) return undefined;
  if (run.validUntil !== null && Date.now() >= run.validUntil) return undefined;
  const root = config.site.rootDir;
  for (const [path, known] of run.probes) {
    let exists = false;
    try {
      // A folder's probe ends in `/` (links of plain Markdown files may name a folder).
      const stats = statSync(resolve(root, path));
      exists = path.endsWith('/') ? stats.isDirectory() : stats.isFile();
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
  return run;
}

/** The run-wide findings of this run, with what they depended on, for the next run. */
function runEntryOf(
  root: string,
  key: string,
  context: Pick<RuleContext, 'shared'>,
  records: readonly FileRecord[],
  runWide: { findings: ReadonlyMap<FileRecord, Diagnostic[]>; dropped: ReadonlyMap<FileRecord, DroppedFindings>; failed: ReadonlySet<FileRecord> },
): RunEntry | undefined {
  const links = linkDependencies(context);
  // A page the run did not read itself (ignored by `checks.ignore`) is not in the key.
  const checked = new Set(records.map((record) => record.relativePath));
  if (links && links.pages.some((page) => !checked.has(page))) return undefined;
  const found: Record<string, Diagnostic[]> = {};
  const counted: Record<string, DroppedFindings> = {};
  for (const record of records) {
    const added = runWide.findings.get(record)!;
    // A rule that failed on a file is not an answer to keep.
    if (runWide.failed.has(record)) return undefined;
    if (added.length > 0) found[record.relativePath] = added;
    const count = runWide.dropped.get(record);
    if (count) counted[record.relativePath] = count;
  }
  const validUntil = links?.validUntil?.getTime() ?? null;
  if (validUntil !== null && validUntil <= Date.now()) return undefined;
  return {
    key,
    validUntil,
    probes: (links?.probes ?? []).map(([path, exists]) => [`${toPosixPath(relative(root, path))}${path.endsWith('/') ? '/' : ''}`, exists]),
    images: (links?.images ?? []).map(([path, stamp]) => [toPosixPath(relative(root, path)), stamp]),
    pages: links?.pages ?? [],
    diagnostics: found,
    ...(Object.keys(counted).length > 0 ? { dropped: counted } : {}),
  };
}
