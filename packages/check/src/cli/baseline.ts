import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { CheckConfigError } from '../run/config-error.js';
import type { Diagnostic } from '../run/diagnostic.js';

/**
 * A baseline: the errors a project has today, recorded so that a check fails only on new ones
 * (as ESLint's bulk suppressions and PHPStan's baseline do). Like ESLint's
 * `eslint-suppressions.json` it is keyed by file, then rule, and counts findings; under the rule
 * it also keys them by what they are about, without a line or column, so that an edit above a
 * finding does not make it new:
 *
 * ```json
 * { "content/blog/a.md": { "spelling": { "Unexpected unknown word `Naing`": { "count": 2 } } } }
 * ```
 */
export type Baseline = Record<string, Record<string, Record<string, { count: number }>>>;

export const defaultBaselineName = 'pressroom-baseline.json';

/**
 * What a finding is about, whatever line it is on: its message up to `, expected` (the fix it
 * proposes may change with the dictionaries or the site while the defect stays the same).
 */
export function fingerprintOf(diagnostic: Diagnostic): string {
  const message = diagnostic.message.replace(/\s+/g, ' ').trim();
  const cut = message.indexOf(', expected ');
  return cut > 0 ? message.slice(0, cut) : message;
}

/** The baseline file at `path`; `undefined` when there is none, unless it is `required`. */
export function readBaseline(path: string, options: { required?: boolean } = {}): Baseline | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !options.required) return undefined;
    throw new CheckConfigError(
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? `Unexpected missing baseline ${path}, expected the file pressroom check --baseline-write writes; write it first`
        : `Unexpected unreadable baseline ${path} (${(error as Error).message}), expected a readable file`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new CheckConfigError(
      `Unexpected invalid JSON in the baseline ${path} (${(error as Error).message}), expected the file pressroom check --baseline-write writes; write it again`,
    );
  }
  const valid =
    isRecord(parsed) &&
    Object.values(parsed).every(
      (rules) =>
        isRecord(rules) &&
        Object.values(rules).every(
          (findings) => isRecord(findings) && Object.values(findings).every((entry) => isRecord(entry) && Number.isInteger(entry.count) && (entry.count as number) > 0),
        ),
    );
  if (!valid) {
    throw new CheckConfigError(
      `Unexpected shape of the baseline ${path}, expected { "<file>": { "<rule>": { "<finding>": { "count": <n> } } } }; write it again with pressroom check --baseline-write`,
    );
  }
  return parsed as Baseline;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Counts of the errors among `diagnostics`, as a baseline. */
function countErrors(diagnostics: readonly Diagnostic[]): Baseline {
  const counts: Baseline = {};
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity !== 'error') continue;
    const rules = (counts[diagnostic.file] ??= {});
    const findings = (rules[diagnostic.ruleId] ??= {});
    const fingerprint = fingerprintOf(diagnostic);
    (findings[fingerprint] ??= { count: 0 }).count += 1;
  }
  return counts;
}

export interface BaselineOutcome {
  /** The findings still reported. */
  diagnostics: Diagnostic[];
  /** How many errors the baseline held back. */
  suppressed: number;
  /** How many recorded findings of the checked files no longer occur (what pruning would remove). */
  unmatched: number;
}

/**
 * Holds back the errors `baseline` records. Per file, rule and fingerprint: when a run finds at
 * most as many as recorded, none is reported; when it finds more, all of them are, as there is no
 * telling which one is new (ESLint does the same). Only errors are recorded, and only files the
 * run checked (`checked`) count towards `unmatched`.
 */
export function applyBaseline(baseline: Baseline, diagnostics: readonly Diagnostic[], checked: ReadonlySet<string>): BaselineOutcome {
  const current = countErrors(diagnostics);
  let suppressed = 0;
  const kept = diagnostics.filter((diagnostic) => {
    if (diagnostic.severity !== 'error') return true;
    const fingerprint = fingerprintOf(diagnostic);
    const recorded = baseline[diagnostic.file]?.[diagnostic.ruleId]?.[fingerprint]?.count ?? 0;
    if (current[diagnostic.file]![diagnostic.ruleId]![fingerprint]!.count > recorded) return true;
    suppressed += 1;
    return false;
  });
  let unmatched = 0;
  for (const [file, rules] of Object.entries(baseline)) {
    if (!checked.has(file)) continue;
    for (const [ruleId, findings] of Object.entries(rules)) {
      for (const [fingerprint, { count }] of Object.entries(findings)) {
        unmatched += Math.max(0, count - (current[file]?.[ruleId]?.[fingerprint]?.count ?? 0));
      }
    }
  }
  return { diagnostics: kept, suppressed, unmatched };
}

/** `baseline` with the checked files' entries replaced by today's errors; other files keep theirs. */
export function recordBaseline(baseline: Baseline, diagnostics: readonly Diagnostic[], checked: ReadonlySet<string>): Baseline {
  const kept = Object.fromEntries(Object.entries(baseline).filter(([file]) => !checked.has(file)));
  return { ...kept, ...countErrors(diagnostics) };
}

/** `baseline` without what no longer occurs in the checked files: counts lowered, empty entries gone. Never adds. */
export function pruneBaseline(baseline: Baseline, diagnostics: readonly Diagnostic[], checked: ReadonlySet<string>): Baseline {
  const current = countErrors(diagnostics);
  const pruned: Baseline = {};
  for (const [file, rules] of Object.entries(baseline)) {
    for (const [ruleId, findings] of Object.entries(rules)) {
      for (const [fingerprint, { count }] of Object.entries(findings)) {
        const left = checked.has(file) ? Math.min(count, current[file]?.[ruleId]?.[fingerprint]?.count ?? 0) : count;
        if (left > 0) ((pruned[file] ??= {})[ruleId] ??= {})[fingerprint] = { count: left };
      }
    }
  }
  return pruned;
}

/** Writes `baseline` with its keys sorted at every level, so that its diffs show what changed. */
export function writeBaseline(path: string, baseline: Baseline): void {
  const sortedKeys = <T>(record: Record<string, T>, inner: (value: T) => unknown) =>
    Object.fromEntries(
      Object.keys(record)
        .sort()
        .map((key) => [key, inner(record[key]!)]),
    );
  const sorted = sortedKeys(baseline, (rules) => sortedKeys(rules, (findings) => sortedKeys(findings, (entry) => ({ count: entry.count }))));
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(sorted, null, 2)}\n`);
  renameSync(temporary, path);
}

/** What the command line says about the baseline. */
export interface BaselineOptions {
  /** `--baseline=<file>`: another file than `pressroom-baseline.json` at the root. */
  path?: string;
  /** `--baseline`: the file must exist. */
  required: boolean;
  /** `--no-baseline`: report every finding. */
  off: boolean;
  /** `--baseline-write`: record the run's errors. */
  write: boolean;
  /** `--baseline-prune`: remove what no longer occurs. */
  prune: boolean;
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/**
 * Reads, writes or prunes the baseline as `options` say, and holds back the errors it records.
 * `checked` are the files whose own findings the run computed (all of them, or the changed ones
 * under `--changed`). Says on stderr what it wrote and what no longer occurs; the summary suffix
 * says how many errors it held back.
 */
export function withBaseline(
  options: BaselineOptions,
  run: { rootDir: string; diagnostics: Diagnostic[]; checked: ReadonlySet<string>; stderr: (text: string) => void },
): { diagnostics: Diagnostic[]; summarySuffix: string } {
  if (options.off) return { diagnostics: run.diagnostics, summarySuffix: '' };
  const path = options.path === undefined ? join(run.rootDir, defaultBaselineName) : isAbsolute(options.path) ? options.path : join(run.rootDir, options.path);
  const shown = relative(run.rootDir, path) || path;
  const baseline = readBaseline(path, { required: options.required && !options.write });
  // A recorded file that is gone (deleted, renamed) has no findings left, whatever the run checked.
  const gone = Object.keys(baseline ?? {}).filter((file) => !existsSync(join(run.rootDir, file)));
  const checked = gone.length === 0 ? run.checked : new Set([...run.checked, ...gone]);
  const held = (baseline: Baseline) => {
    const outcome = applyBaseline(baseline, run.diagnostics, checked);
    return { outcome, summarySuffix: outcome.suppressed > 0 ? ` (${plural(outcome.suppressed, 'known error')} from ${shown} not shown)` : '' };
  };
  if (options.write) {
    const recorded = recordBaseline(baseline ?? {}, run.diagnostics, checked);
    writeBaseline(path, recorded);
    const errors = run.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
    run.stderr(`pressroom: recorded ${plural(errors.length, 'error')} of ${plural(new Set(errors.map((error) => error.file)).size, 'file')} in ${shown}\n`);
    const { outcome, summarySuffix } = held(recorded);
    return { diagnostics: outcome.diagnostics, summarySuffix };
  }
  if (!baseline) return { diagnostics: run.diagnostics, summarySuffix: '' };
  if (options.prune) {
    const removed = applyBaseline(baseline, run.diagnostics, checked).unmatched;
    const pruned = pruneBaseline(baseline, run.diagnostics, checked);
    writeBaseline(path, pruned);
    run.stderr(`pressroom: removed ${plural(removed, 'finding')} that no longer ${removed === 1 ? 'occurs' : 'occur'} from ${shown}\n`);
    const { outcome, summarySuffix } = held(pruned);
    return { diagnostics: outcome.diagnostics, summarySuffix };
  }
  const { outcome, summarySuffix } = held(baseline);
  if (outcome.unmatched > 0) {
    const one = outcome.unmatched === 1;
    run.stderr(`pressroom: ${plural(outcome.unmatched, 'finding')} recorded in ${shown} no longer ${one ? 'occurs' : 'occur'}; remove ${one ? 'it' : 'them'} with pressroom check --baseline-prune\n`);
  }
  return { diagnostics: outcome.diagnostics, summarySuffix };
}
