import { appendFileSync, existsSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { toPosixPath } from '@pressroom/site-config';
import { decodeSource } from '../input/read.js';
import { outputFormat, type OutputFormat, type ReportOutput, type RuleInfo } from '../report/index.js';
import { formatStepSummary } from '../report/step-summary.js';
import { summaryLine, totals, type Totals } from '../report/summary.js';
import { rules } from '../rules/index.js';
import { styleRuleIds } from '../rules/style.js';
import { ruleUrl } from '../rules/url.js';
import { defaultCachePath } from '../run/cache.js';
import { check, prepareDictionaries, type CheckResult, type Diagnostic, type SourceInput } from '../run/check.js';
import { CheckConfigError, loadConfig, type ResolvedConfig } from '../run/config.js';
import { acceptWords } from './accept-words.js';
import { UsageError, type Arguments } from './arguments.js';
import { withBaseline } from './baseline.js';
import { withExternalLinks } from './external-flag.js';
import { fixesFor, writeFixes, type FixMode } from './fix.js';
import { fixDiff } from './fix-dry-run.js';
import { reportFile } from './output-file.js';
import { printedConfig } from './print-config.js';
import { stagedSources } from './staged.js';
import { addedLines, changedFiles, defaultBase, isRevision } from './git.js';
import type { CliIo } from './io.js';
import { packageVersion } from './version.js';

/** `pressroom check`: runs the checks as the arguments say and writes the report; returns the exit code. */
export async function runCheck(args: Arguments, io: CliIo): Promise<number> {
  const started = performance.now();
  const config = runConfig(args, io.cwd);
  if (args.printConfig !== undefined) {
    io.stdout(printedConfig(config, args.printConfig, io.cwd));
    return 0;
  }
  const inGithub = io.env.GITHUB_ACTIONS === 'true';
  const format = outputFormat(args.format ?? (inGithub ? 'github' : 'stylish'))!;
  // Each stream is decided on its own: `pressroom check | less` has no colour, its stderr may.
  const colors = io.colors?.(args.color) ?? { stdout: args.color ?? false, stderr: args.color ?? false };
  const report = args.outputFile ? reportFile(args.outputFile, io.cwd, io.stderr) : undefined;
  const color = !report && colors.stdout;

  // Loading them takes longer than asking git what changed; both go on at once.
  prepareDictionaries(config, { cache: args.cache, changed: args.changed !== undefined || args.staged || args.stdin });
  const change = args.changed ? await changeOf(config, args.changed, io.cwd) : undefined;
  const paths = change?.firstPath === undefined ? args.paths : [change.firstPath, ...args.paths];
  const sources = await memorySources(args, config, io);

  const progress = progressLine(io, format, started);
  const result = await check({
    config,
    paths,
    cwd: io.cwd,
    ...(sources ? { sources } : {}),
    ...(change ? { only: change.files } : {}),
    cache: args.cache && !sources ? { path: defaultCachePath(config.site.rootDir) } : false,
    onProgress: progress.show,
    // The command line checks once: the end of the run may have the dictionaries' memory.
    keepDictionaries: false,
  });
  progress.clear();
  for (const warning of result.warnings) io.stderr(`pressroom: ${warning}\n`);
  for (const note of result.notes) io.stderr(`pressroom: ${note}\n`);

  const keep = args.changedLines && change ? await onAddedLines(config, change, result) : undefined;
  let fixed = 0;
  // The diff is the output of a dry run; the report then goes to stderr (or the --output-file).
  let reportOutput: ReportOutput = report ?? io;
  if (args.fixDryRun) {
    const texts = new Map((sources ?? []).map((source) => [source.relativePath, decodeSource(typeof source.bytes === 'string' ? Buffer.from(source.bytes) : source.bytes, Number.POSITIVE_INFINITY).text]));
    const dryRun = fixDiff(result, args.fix ?? 'style', keep, texts);
    io.stdout(dryRun.patch);
    fixed = dryRun.fixed;
    reportOutput = report ?? { stdout: io.stderr, stderr: io.stderr };
  } else if (args.fix) {
    fixed = await applyFixes(result, args.fix, keep, io);
  }

  const outputStart = performance.now();
  let diagnostics = result.files.flatMap((entry) => entry.diagnostics);
  if (keep) diagnostics = diagnostics.filter(keep);
  if (args.quiet) diagnostics = diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  const root = config.site.rootDir;
  if (args.acceptWords) diagnostics = acceptWords(root, diagnostics, io.stderr);
  // A file's own findings are all there unless --changed left it out (its links into changed files are).
  const checked = new Set(result.files.map((entry) => entry.file.relativePath).filter((file) => !change || change.files.has(file)));
  const baseline = withBaseline(args.baseline, { rootDir: root, diagnostics, checked, stderr: io.stderr });
  diagnostics = baseline.diagnostics;
  let suppressed = result.files.flatMap((entry) => entry.suppressed);
  if (keep) suppressed = suppressed.filter(keep);
  const summary = totals(diagnostics, result.files.length, performance.now() - started);
  const fixedNote = fixed > 0 ? (args.fixDryRun ? ` (${fixed} fixes in the diff, not written)` : ` (${fixed} fixed)`) : '';
  format.write(
    {
      diagnostics,
      suppressed,
      files: result.files.length,
      notes: result.notes,
      summary: `${summaryLine(summary)}${fixedNote}${baseline.summarySuffix}`,
      color,
      rules: () => ruleInfo(config),
      version: packageVersion(),
    },
    reportOutput,
  );
  report?.save();
  if (inGithub && io.env.GITHUB_STEP_SUMMARY) writeStepSummary(io, config, diagnostics, summary);
  if (args.profile) writeProfile(io, result, outputStart, started);
  if (summary.errors > 0) return 1;
  if (args.maxWarnings !== undefined && summary.warnings > args.maxWarnings) {
    io.stderr(`pressroom: ${summary.warnings} warnings, more than --max-warnings ${args.maxWarnings} allows\n`);
    return 1;
  }
  return 0;
}

/** `--stdin` and `--staged`: the files checked from memory rather than from disk, if any. */
async function memorySources(args: Arguments, config: ResolvedConfig, io: CliIo): Promise<SourceInput[] | undefined> {
  const root = config.site.rootDir;
  if (args.stdin) {
    if (!io.readStdin) throw new UsageError('--stdin: this command line has no standard input');
    const relativePath = toPosixPath(relative(root, resolve(io.cwd, args.stdinFilename!)));
    if (relativePath.startsWith('../') || isAbsolute(relativePath)) throw new UsageError(`Unexpected --stdin-filename ${args.stdinFilename}, expected a path inside the repository (${root})`);
    return [{ relativePath, bytes: await io.readStdin() }];
  }
  if (args.staged) {
    const within = args.paths.map((path) => toPosixPath(relative(root, resolve(io.cwd, path))));
    return stagedSources(root, within);
  }
  return undefined;
}

/** The loaded configuration, its rule ids checked, with `--external` applied. */
function runConfig(args: Arguments, cwd: string): ResolvedConfig {
  const loaded = loadConfig(cwd, args.config === undefined ? {} : { configPath: args.config });
  const knownIds = new Set([...rules.map((rule) => rule.meta.id), ...styleRuleIds()]);
  const unknownIds = Object.keys(loaded.checks.rules).filter((id) => !knownIds.has(id));
  if (unknownIds.length > 0) {
    // A misspelt rule id would otherwise be ignored without a word.
    throw new CheckConfigError(
      `${loaded.site.configPath}: unknown rule ${unknownIds.map((id) => `"${id}"`).join(', ')} in checks.rules, expected one of ${[...knownIds].sort().join(', ')}`,
    );
  }
  return args.external ? withExternalLinks(loaded, { allowPrivateHosts: args.allowPrivateHosts }) : loaded;
}

interface Change {
  /** The commit the branch is compared with. */
  base: string;
  /** Repository paths the branch changed. */
  files: Set<string>;
  /** `--changed X` where git knows no `X`: it is the first path to check. */
  firstPath?: string;
}

/** What `--changed` compares with, asking git. */
async function changeOf(config: ResolvedConfig, changed: NonNullable<Arguments['changed']>, cwd: string): Promise<Change> {
  const root = config.site.rootDir;
  let ref = changed.ref;
  let firstPath: string | undefined;
  if (changed.refOrPath !== undefined) {
    if (await isRevision(root, changed.refOrPath)) ref = changed.refOrPath;
    else if (existsSync(resolve(cwd, changed.refOrPath))) firstPath = changed.refOrPath;
    // Neither: a misspelt or unfetched base would otherwise check nothing and pass.
    else throw new UsageError(unknownRevision(changed.refOrPath, 'a git revision or a path'));
  } else if (ref !== undefined && !(await isRevision(root, ref))) {
    throw new UsageError(unknownRevision(ref, 'a git revision'));
  }
  const base = ref ?? (await defaultBase(root, config.site.config.repository.branch));
  return { base, files: await changedFiles(root, base), ...(firstPath === undefined ? {} : { firstPath }) };
}

function unknownRevision(ref: string, expected: string): string {
  const remote = /^([^/]+)\/(.+)$/.exec(ref);
  const hint = remote ? `fetch it first (\`git fetch ${remote[1]} ${remote[2]}\`; a shallow CI checkout needs \`fetch-depth: 0\`) or fix its spelling` : 'fix its spelling, or fetch the branch first';
  return `Unexpected \`--changed ${ref}\`: git knows no such revision${expected.includes('path') ? ' and there is no such file' : ''}, expected ${expected}; ${hint}`;
}

/** A progress line, only for people watching a terminal, and only once a run is slow enough. */
function progressLine(io: CliIo, format: OutputFormat, started: number) {
  let shown = false;
  return {
    show(done: number, total: number) {
      if (!io.isTTY || io.env.CI || format.name !== 'stylish' || performance.now() - started < 1000) return;
      shown = true;
      io.stderr(`\r\u001B[2Kchecking ${done}/${total} files…`);
    },
    clear() {
      if (shown) io.stderr('\r\u001B[2K');
    },
  };
}

/** `--changed-lines`: which findings to keep, asking git which lines the change added. */
async function onAddedLines(config: ResolvedConfig, change: Change, result: CheckResult): Promise<(diagnostic: Diagnostic) => boolean> {
  const changed = change.files;
  const reported = result.files.map((entry) => entry.file.relativePath).filter((file) => changed.has(file));
  const lines = await addedLines(config.site.rootDir, change.base, reported);
  return (diagnostic) => {
    // A file the branch did not change is reported only for its links into changed files, which
    // the change may have broken wherever the link is written.
    if (!changed.has(diagnostic.file)) return true;
    const added = lines.get(diagnostic.file);
    if (added === 'all') return true;
    if (!added) return false;
    for (let line = diagnostic.line; line <= diagnostic.endLine; line++) if (added.has(line)) return true;
    return false;
  };
}

/** `--fix`: writes the fixes to each file and drops the findings they fixed; returns how many it applied. */
async function applyFixes(result: CheckResult, mode: FixMode, keep: ((diagnostic: Diagnostic) => boolean) | undefined, io: CliIo): Promise<number> {
  let fixed = 0;
  for (const entry of result.files) {
    const fixes = fixesFor(keep ? entry.diagnostics.filter(keep) : entry.diagnostics, mode);
    try {
      const applied = await writeFixes(entry.file, fixes);
      if (applied > 0) {
        fixed += applied;
        const appliedFixes = new Set(fixes);
        entry.diagnostics = entry.diagnostics.filter((diagnostic) => !diagnostic.fix || !appliedFixes.has(diagnostic.fix));
      }
    } catch (error) {
      io.stderr(`pressroom: could not write fixes to ${entry.file.relativePath}: ${(error as Error).message}\n`);
    }
  }
  return fixed;
}

/** Every rule the run knows, with its description and docs page. */
function ruleInfo(config: ResolvedConfig): RuleInfo[] {
  return [
    ...rules.map((rule) => ({ id: rule.meta.id, description: rule.meta.description, url: ruleUrl(config.site.config, rule.meta.id, config.layout) })),
    ...styleRuleIds().map((id) => ({ id, description: `remark-lint rule ${id}`, url: ruleUrl(config.site.config, id, config.layout) })),
  ];
}

/** In GitHub Actions, every finding also goes to the step summary, which is not capped like annotations. */
function writeStepSummary(io: CliIo, config: ResolvedConfig, diagnostics: readonly Diagnostic[], summary: Totals): void {
  const sha = io.env.GITHUB_SHA;
  // Without pressroom.config.json the repository is the one the workflow runs in.
  const repository =
    config.layout.source === 'detected'
      ? io.env.GITHUB_SERVER_URL && io.env.GITHUB_REPOSITORY
        ? `${io.env.GITHUB_SERVER_URL}/${io.env.GITHUB_REPOSITORY}`
        : undefined
      : config.site.config.repository.url;
  const blobBase = sha && repository ? `${repository}/blob/${sha}` : undefined;
  try {
    appendFileSync(io.env.GITHUB_STEP_SUMMARY!, formatStepSummary(diagnostics, summary, blobBase));
  } catch (error) {
    io.stderr(`pressroom: could not write the step summary: ${(error as Error).message}\n`);
  }
}

/** Which clock the phases of the per-file pass are on, after the table (the bench reads it). */
const perFilePhasesNote = 'Per-file work (parse, facts, style, each rule family on each file): CPU time of the threads that did it, added up; the rest: elapsed time.';

/** `--profile`: the time of each phase, on stderr. */
function writeProfile(io: CliIo, result: CheckResult, outputStart: number, started: number): void {
  result.timings.set('output', performance.now() - outputStart);
  const width = Math.max(12, ...[...result.timings.keys()].map((phase) => phase.length));
  const rows = [...result.timings].map(([phase, ms]) => `  ${phase.padEnd(width)} ${ms.toFixed(1).padStart(9)} ms`);
  io.stderr(
    `Time per phase (${result.cacheHits} of ${result.files.length} files from the cache):\n${rows.join('\n')}\n  ${'total'.padEnd(width)} ${(performance.now() - started).toFixed(1).padStart(9)} ms\n${perFilePhasesNote}\n`,
  );
}
