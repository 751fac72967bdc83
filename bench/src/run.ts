/**
 * `pnpm bench`: generates corpora, runs pressroom check, the peer tools and the parse floor on each
 * as measured child processes, scores each tool against the corpus's known defects, prints one
 * table with every target met or not met, and regenerates docs/benchmarks/results.{md,svg}.
 *
 * The whole run is held to a time budget (`--budget`, 570 s, corpus generation included), so it
 * ends in under 10 minutes on 2 cores whatever the tools' speed: every run measured once first, in
 * an order that puts what the targets need first, then repetitions (`--repeat`, 3) of the runs that
 * feed a ratio while the budget lasts. A run the budget cannot hold is stopped or not started, and
 * the targets it feeds are reported as not met, with the reason. Corpus sizes are never reduced.
 *
 * It first builds @pressroom/check with turbo (a cache hit when nothing changed), inside the budget,
 * so that it never measures a stale build; `--no-build-check` skips that when the caller just built.
 *
 * Flags: --sizes 500,2000,8000  --peers-at 2000  --primary 2000  --tools a,b  --seed S
 *        --budget 570  --repeat 3  --timeout-per-run 240  --out-dir DIR  --keep  --note TEXT
 *        --no-build-check
 *        --build (the site build benchmark instead): --posts 1000  --docs-pages 12  --sites blog,docs
 *        --no-og-rebuild  --build-budget SECONDS (none by default)
 *        --report-only (with --build: build.md and results.md again from build.json, no build)
 *        --breakdown (with --build: each site again without each of its extras in turn, and its
 *          floor, at the size given; into build.json beside the rows there, which it keeps)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, release, totalmem, type } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSites, readBuildResults, withBuildSection, writeBuildResults, type BuildSite } from './build-report.ts';
import { corpusProfiles, defaultCorpusDir, fixedDocsPages, generateCorpus, repoRoot, type CorpusProfile, type Manifest } from './corpus.ts';
import { parseCspell, parsePressroom, parseMarkdownLinkCheck, parseRemark, score, type Findings } from './findings.ts';
import { costLine, growthNotes, marginalCosts } from './growth.ts';
import { assertTimeAvailable, measure, type Measurement } from './measure.ts';
import { barChart, profileOnCpu, profilePhases, ratio, resultsPage, resultsTable, targetsTable, timeSpentNote, type Machine, type ProfileSection, type Row, type Target, type ToolId } from './report.ts';

const benchDir = join(repoRoot, 'bench');

/** The JS entry of a package's bin, run with this Node rather than through a shell shim. */
function binOf(packageName: string, binName = packageName): string {
  // Not `require.resolve`: some packages (cspell) keep package.json out of their `exports`.
  const manifestPath = join(benchDir, 'node_modules', packageName, 'package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { bin?: string | Record<string, string> };
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.[binName];
  if (!bin) throw new Error(`${packageName} has no bin named ${binName}`);
  return join(dirname(manifestPath), bin);
}

/** The check measured by default: this repository's build. */
const defaultCheckDir = join(repoRoot, 'packages/check');
/** Where pressroom keeps its content-hash cache by default, relative to the checked repository. */
const pressroomCacheDir = 'node_modules/.cache';
/** The cache a full run on `main` left, copied aside so that every warm run starts from it. */
const mainCacheSnapshot = '.bench-cache/pressroom-main';
const cspellCacheFile = '.bench-cache/cspell.json';

/** Every tool that runs as a process. `pipeline` is not one: it is the sum of its three parts. */
export const allTools: ToolId[] = [
  'floor',
  'pressroom',
  // Right after the full run that filled the cache: a rebuild of packages/check in between (the
  // cache knows the tool that wrote it) would turn a warm run into a cold one.
  'pressroom-warm',
  'pressroom-changed-warm',
  'pressroom-changed',
  'cspell',
  'remark-lint',
  'remark-validate-links',
  'cspell-fill',
  'cspell-warm',
  'markdown-link-check',
  'floor-gfm',
];

/** Tools that run at the primary size only: their targets are stated for 2,000 posts. */
const primaryOnly = new Set<ToolId>(['pressroom-warm', 'pressroom-changed', 'pressroom-changed-warm']);
/** Tools that run at every size: the linear-growth target needs them there. */
const everySize = new Set<ToolId>(['floor', 'pressroom']);
/** Informational rows that feed no target: measured last, so that the budget goes to the targets. */
const informational = new Set<ToolId>(['markdown-link-check', 'floor-gfm']);
/** Runs whose time goes into a target's ratio: repeated while the budget allows. */
const repeatable = new Set<ToolId>(['floor', 'pressroom', 'cspell', 'remark-lint', 'remark-validate-links', 'cspell-warm', 'pressroom-warm', 'pressroom-changed', 'pressroom-changed-warm']);
const pipelineParts: ToolId[] = ['cspell', 'remark-lint', 'remark-validate-links'];
/**
 * The tools the `real` profile runs: its targets compare the full check with cspell alone and the
 * pipeline, and its growth with itself; the cache and `--changed` targets belong to the other.
 */
export const realProfileTools = new Set<ToolId>(['floor', 'pressroom', 'cspell', 'remark-lint', 'remark-validate-links']);

/** The order of the rows in the table, whatever order they ran in. */
const displayOrder: ToolId[] = [
  'floor',
  'floor-gfm',
  'pressroom',
  'pressroom-warm',
  'pressroom-changed',
  'pressroom-changed-warm',
  'cspell',
  'cspell-fill',
  'cspell-warm',
  'remark-lint',
  'remark-validate-links',
  'pipeline',
  'markdown-link-check',
];

const labels: Record<ToolId, string> = {
  floor: 'micromark parse + frontmatter (floor)',
  'floor-gfm': 'micromark parse + frontmatter + GFM',
  pressroom: 'pressroom check (full, empty cache)',
  'pressroom-warm': 'pressroom check (nothing changed, warm cache)',
  'pressroom-changed': 'pressroom check --changed (1 post, empty cache)',
  'pressroom-changed-warm': "pressroom check --changed (1 post, main's warm cache)",
  cspell: 'cspell --no-cache',
  'cspell-fill': 'cspell --cache (empty cache)',
  'cspell-warm': 'cspell --cache (warm)',
  'remark-lint': 'remark-cli + preset-lint-recommended',
  'remark-validate-links': 'remark-cli + remark-validate-links',
  'markdown-link-check': 'markdown-link-check (local links only)',
  pipeline: 'pipeline: cspell + remark-lint + validate-links',
};

function commands(corpusDir: string, checkDir: string): Record<Exclude<ToolId, 'pipeline'>, string[]> {
  const node = process.execPath;
  const cspell = [node, binOf('cspell'), 'lint', '--no-progress', '--no-summary', '--no-color', '--config', 'cspell.config.yaml'];
  const cspellFiles = 'content/**/*.{md,mdx}';
  // remark-cli reads `.mdx` files only when told; without an MDX plugin it reads them as Markdown.
  const remark = [node, binOf('remark-cli', 'remark'), '--no-color', '--quiet', '--ext', 'md,mdx'];
  const cspellCache = [...cspell, '--cache', '--cache-location', join(corpusDir, cspellCacheFile), cspellFiles];
  const floor = [node, join(benchDir, 'src/parse-floor.ts'), corpusDir];
  // `--profile` writes to stderr only; it tells how many files came from the cache.
  const pressroom = [node, join(checkDir, 'bin/pressroom.js'), 'check', '--format', 'json', '--profile'];
  return {
    floor,
    'floor-gfm': [...floor, '--gfm'],
    pressroom,
    'pressroom-warm': pressroom,
    'pressroom-changed': [...pressroom, '--changed', 'main'],
    'pressroom-changed-warm': [...pressroom, '--changed', 'main'],
    cspell: [...cspell, '--no-cache', cspellFiles],
    'cspell-fill': cspellCache,
    'cspell-warm': cspellCache,
    'remark-lint': [...remark, '--rc-path', '.remarkrc.mjs', '--no-config', 'content'],
    'remark-validate-links': [...remark, '--rc-path', 'remarkrc.links.mjs', '--no-config', 'content'],
    'markdown-link-check': [node, binOf('markdown-link-check'), '-c', 'markdown-link-check.json', 'content'],
  };
}

function findingsOf(tool: ToolId, stdout: string, stderr: string): Findings | undefined {
  switch (tool) {
    case 'cspell':
    case 'cspell-fill':
    case 'cspell-warm':
      return parseCspell(stdout);
    case 'remark-lint':
      return {};
    case 'remark-validate-links':
      return parseRemark(stderr, 'remark-validate-links');
    case 'markdown-link-check':
      return parseMarkdownLinkCheck(stdout + stderr);
    case 'pressroom':
    case 'pressroom-warm':
      return parsePressroom(stdout);
    default:
      // The --changed runs check a part of the corpus: scoring them against all of it means nothing.
      return undefined;
  }
}

/** Exit codes that mean "ran and reported findings", per tool. */
function ranToCompletion(tool: ToolId, exitCode: number): boolean {
  if (tool.startsWith('floor')) return exitCode === 0;
  return exitCode === 0 || exitCode === 1;
}

/** What pressroom's `--profile` and JSON report say about the run, for the row's note. */
function pressroomNote(tool: ToolId, stdout: string, stderr: string): string {
  const profile = /\((\d+) of (\d+) files from the cache\)/.exec(stderr);
  const parts: string[] = [];
  try {
    const checked = (JSON.parse(stdout) as { files: number }).files;
    if (tool.startsWith('pressroom-changed')) parts.push(`checked ${checked} files`);
  } catch {
    // The row is marked unreadable elsewhere.
  }
  if (profile) {
    parts.push(`${profile[1]} of ${profile[2]} files from the cache`);
    // A warm run that finds no cache measures a cold run: say so rather than report it as warm.
    if (tool.endsWith('-warm') && Number(profile[1]) === 0) parts.push('the cache was not used (was packages/check rebuilt during the run?)');
  }
  return parts.join('; ');
}

function git(corpusDir: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=Bench', '-c', 'user.email=bench@localhost', '-c', 'commit.gpgsign=false', ...args], {
    cwd: corpusDir,
    stdio: 'ignore',
  });
}

/**
 * The corpus as a repository: `main` holds it as generated, the branch `change` edits one post.
 * The working tree is left on `main`; the `--changed` runs switch to `change` and back.
 */
function prepareRepository(corpusDir: string, manifest: Manifest): string {
  rmSync(join(corpusDir, '.git'), { recursive: true, force: true });
  writeFileSync(join(corpusDir, '.gitignore'), 'node_modules/\n.bench-cache/\n.bench-out/\n');
  git(corpusDir, 'init', '-q', '-b', 'main');
  git(corpusDir, 'add', '-A');
  git(corpusDir, 'commit', '-q', '-m', 'corpus');
  const post = manifest.defects.find((defect) => defect.file.startsWith('content/blog/'))?.file ?? 'content/blog';
  git(corpusDir, 'checkout', '-q', '-b', 'change');
  appendFileSync(join(corpusDir, post), '\nOne more paragraph, added on a branch, so that exactly one post changed.\n');
  git(corpusDir, 'commit', '-q', '-am', 'change one post');
  git(corpusDir, 'checkout', '-q', 'main');
  return post;
}

function parseList(value: string | undefined, fallback: number[]): number[] {
  if (!value) return fallback;
  return value.split(',').map((part) => {
    const number = Number(part.trim());
    if (!Number.isInteger(number) || number < 1) throw new Error(`Expected a comma-separated list of positive integers, got ${JSON.stringify(value)}`);
    return number;
  });
}

function positiveNumber(name: string, value: string): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) throw new Error(`${name}: expected a positive number, got ${JSON.stringify(value)}`);
  return number;
}

export interface BenchOptions {
  /** The corpus profile this run measures. */
  profile?: CorpusProfile;
  /** Sections of profiles measured earlier in the same run, shown first on the page. */
  earlier?: ProfileSection[];
  sizes: number[];
  peersAt: number[];
  primary: number;
  tools: ToolId[];
  seed: string;
  outDir: string;
  keep: boolean;
  /** Seconds for the whole run, corpus generation included; what does not fit is stopped or skipped. */
  budgetSeconds: number;
  /** How many times each run that feeds a ratio is measured, budget permitting; rows show the median. */
  repeat: number;
  /** A run that takes longer is stopped and reported as such, so one slow tool cannot stall the bench. */
  timeoutSeconds: number;
  /** Build @pressroom/check with turbo before measuring it (counted in the duration). */
  buildCheck: boolean;
  /**
   * The `packages/check` folder whose build is measured, when not this repository's: another
   * commit's build, measured against the same peers for a before/after comparison. Never built.
   */
  checkDir?: string;
  /** Said in the notes when `buildCheck` is off because an earlier profile of the run built it. */
  builtEarlier?: string;
  /** A sentence for the notes. */
  note?: string;
  log?: (line: string) => void;
}

export interface BenchResult {
  rows: Row[];
  targets: Target[];
  table: string;
  targetTable: string;
  resultsPath: string;
  chartPath: string;
  durationSeconds: number;
  section: ProfileSection;
}

function evaluateTargets(rows: Row[], options: BenchOptions, durationSeconds: number, partial: boolean): Target[] {
  const find = (tool: ToolId, posts = options.primary) => rows.find((row) => row.tool === tool && row.posts === posts);
  const at = (tool: ToolId, posts = options.primary) => {
    const row = find(tool, posts);
    return row?.measurement && !row.failed ? row : undefined;
  };
  const wall = (tool: ToolId, posts = options.primary) => at(tool, posts)?.measurement?.wall ?? Number.NaN;
  const cpu = (tool: ToolId, posts = options.primary) => at(tool, posts)?.measurement?.cpu ?? Number.NaN;
  /** Why a target could not be judged: each tool it needs that has no measurement, and why. */
  const missing = (tools: ToolId[], posts = options.primary) =>
    `— (${tools
      .filter((tool) => !at(tool, posts))
      .map((tool) => `${tool} at ${posts} posts: ${find(tool, posts)?.failed ?? (options.tools.includes(tool) || tool === 'pipeline' ? 'not measured' : 'not in --tools')}`)
      .join('; ')})`;
  const targets: Target[] = [];
  // Status follows wall time, as the targets are stated; the CPU ratio is shown beside it because
  // on a shared machine wall time also measures the neighbours.
  const push = (name: string, value: number, required: string, met: (value: number) => boolean, format: (value: number) => string, needs: ToolId[], cpuValue?: number, extra = '') => {
    const absent = needs.filter((tool) => !at(tool));
    const cpuNote = cpuValue !== undefined && Number.isFinite(cpuValue) ? ` (by CPU time: ${format(cpuValue)})` : '';
    targets.push(
      absent.length > 0
        ? { name, measured: missing(absent), required, met: false }
        : { name, measured: `${format(value)}${cpuNote}${extra}`, required, met: Number.isFinite(value) && met(value) },
    );
  };
  const posts = options.primary;
  if ((options.profile ?? 'generated') === 'real') return realTargets(options, { at, find, wall, cpu, missing });
  push(`full check vs pipeline (cspell + remark-lint + remark-validate-links), ${posts} posts`, wall('pipeline') / wall('pressroom'), '≥ 5× faster', (value) => value >= 5, (value) => `${ratio(value)} faster`, ['pipeline', 'pressroom'], cpu('pipeline') / cpu('pressroom'));
  push(`full check vs single-threaded parse floor, ${posts} posts`, wall('pressroom') / wall('floor'), '≤ 2× the floor', (value) => value <= 2, ratio, ['pressroom', 'floor'], cpu('pressroom') / cpu('floor'));
  const cspellPeak = at('cspell')?.measurement?.peakMb ?? Number.NaN;
  const memoryLimit = Math.min(600, cspellPeak);
  push(`peak memory of the full check, ${posts} posts`, at('pressroom')?.measurement?.peakMb ?? Number.NaN, `≤ ${Number.isFinite(memoryLimit) ? Math.round(memoryLimit) : 600} MB (below cspell alone, and ≤ 600)`, (value) => value <= memoryLimit, (value) => `${Math.round(value)} MB`, ['pressroom', 'cspell']);
  // Recall: every broken link and anchor of the manifest, and every misspelling that cspell finds.
  {
    const full = at('pressroom');
    const cspellFound = at('cspell')?.findings?.spelling;
    const found = full?.score;
    const pressroomSpelling = full?.findings?.spelling;
    const name = `recall of the known defects, ${posts} posts`;
    const required = 'every broken link and anchor, every misspelling cspell finds';
    if (!full || !found || !cspellFound || !pressroomSpelling) {
      targets.push({ name, measured: missing(['pressroom', 'cspell']), required, met: false });
    } else {
      const links = (['broken-file', 'broken-anchor'] as const).map((kind) => found.byKind[kind]).filter((recall) => recall !== undefined);
      const linksFound = links.reduce((sum, recall) => sum + recall.found, 0);
      const linksTotal = links.reduce((sum, recall) => sum + recall.total, 0);
      const spellingTotal = cspellFound.size;
      const spellingAlso = [...cspellFound].filter((key) => pressroomSpelling.has(key)).length;
      targets.push({
        name,
        measured: `links ${linksFound}/${linksTotal}; misspellings cspell reports, also reported: ${spellingAlso}/${spellingTotal}`,
        required,
        met: linksTotal > 0 && linksFound === linksTotal && spellingAlso === spellingTotal,
      });
    }
  }
  push(`second run, nothing changed, vs cspell's warm --cache, ${posts} posts`, wall('pressroom-warm') / wall('cspell-warm'), '≤ 0.33×', (value) => value <= 1 / 3, ratio, ['pressroom-warm', 'cspell-warm'], cpu('pressroom-warm') / cpu('cspell-warm'));
  {
    // Judged on the empty cache (CI without a cache); the warm case is shown beside it.
    const warm = wall('pressroom-changed-warm') / wall('pressroom');
    const warmNote = Number.isFinite(warm) ? `; from main's warm cache: ${ratio(warm)} (by CPU time: ${ratio(cpu('pressroom-changed-warm') / cpu('pressroom'))})` : '';
    push(`--changed with one changed post vs the full run, empty cache, ${posts} posts`, wall('pressroom-changed') / wall('pressroom'), '≤ 0.10×', (value) => value <= 0.1, ratio, ['pressroom-changed', 'pressroom'], cpu('pressroom-changed') / cpu('pressroom'), warmNote);
  }
  {
    const perPost = options.sizes.map((size) => ({ size, value: wall('pressroom', size) / size }));
    const cpuPerPost = options.sizes.map((size) => cpu('pressroom', size) / size).filter(Number.isFinite);
    const cpuSpread = Math.max(...cpuPerPost) / Math.min(...cpuPerPost);
    const measured = perPost.filter((entry) => Number.isFinite(entry.value));
    const values = measured.map((entry) => entry.value);
    const spread = Math.max(...values) / Math.min(...values);
    const unmeasured = options.sizes.filter((size) => !at('pressroom', size));
    // Shown beside the ratio, which they do not change: how much of the spread a fixed cost explains.
    const notes = growthNotes(
      measured.map((entry) => ({ posts: entry.size, seconds: entry.value * entry.size })),
      options.sizes.map((size) => ({ posts: size, seconds: wall('floor', size) })),
    );
    targets.push({
      name: 'linear growth: time per post of the full check across sizes',
      measured: [
        measured.length < 2 ? `— (needs at least two sizes, had ${measured.length})` : `${measured.map((entry) => `${entry.size}: ${(entry.value * 1000).toFixed(2)} ms`).join(', ')}; max/min ${ratio(spread)}${cpuPerPost.length >= 2 ? ` (by CPU time: ${ratio(cpuSpread)})` : ''}${notes}`,
        ...unmeasured.map((size) => `${size} posts: ${find('pressroom', size)?.failed ?? 'not measured'}`),
      ].join('; '),
      required: '≤ 1.5× over three sizes (500, 2,000, 8,000)',
      // The target is stated over 500, 2,000 and 8,000 posts: fewer than three sizes cannot meet it.
      met: measured.length >= 3 && unmeasured.length === 0 && spread <= 1.5,
    });
  }
  targets.push(
    partial
      ? { name: 'whole benchmark duration', measured: `${Math.round(durationSeconds)} s so far (still running)`, required: '< 600 s on 2 cores', met: false }
      : { name: 'whole benchmark duration', measured: `${Math.round(durationSeconds)} s`, required: '< 600 s on 2 cores', met: durationSeconds < 600 },
  );
  return targets;
}

interface TargetHelpers {
  at: (tool: ToolId, posts?: number) => Row | undefined;
  find: (tool: ToolId, posts?: number) => Row | undefined;
  wall: (tool: ToolId, posts?: number) => number;
  cpu: (tool: ToolId, posts?: number) => number;
  missing: (tools: ToolId[], posts?: number) => string;
}

/** The targets of the `real` profile: content with thousands of unknown names. */
function realTargets(options: BenchOptions, helpers: TargetHelpers): Target[] {
  const { at, find, wall, cpu, missing } = helpers;
  const posts = options.primary;
  const targets: Target[] = [];
  const add = (name: string, value: number, required: string, met: (value: number) => boolean, format: (value: number) => string, needs: ToolId[], cpuValue?: number) => {
    const absent = needs.filter((tool) => !at(tool));
    const cpuNote = cpuValue !== undefined && Number.isFinite(cpuValue) ? ` (by CPU time: ${format(cpuValue)})` : '';
    targets.push(absent.length > 0 ? { name, measured: missing(absent), required, met: false } : { name, measured: `${format(value)}${cpuNote}`, required, met: Number.isFinite(value) && met(value) });
  };
  add(`full check vs cspell alone (--no-cache), ${posts} posts`, wall('cspell') / wall('pressroom'), '≥ 2× faster', (value) => value >= 2, (value) => `${ratio(value)} faster`, ['cspell', 'pressroom'], cpu('cspell') / cpu('pressroom'));
  add(`full check vs pipeline (cspell + remark-lint + remark-validate-links), ${posts} posts`, wall('pipeline') / wall('pressroom'), '≥ 5× faster', (value) => value >= 5, (value) => `${ratio(value)} faster`, ['pipeline', 'pressroom'], cpu('pipeline') / cpu('pressroom'));
  const cspellPeak = at('cspell')?.measurement?.peakMb ?? Number.NaN;
  add(`peak memory of the full check, ${posts} posts`, at('pressroom')?.measurement?.peakMb ?? Number.NaN, `below cspell alone (${Number.isFinite(cspellPeak) ? `${Math.round(cspellPeak)} MB` : '—'})`, (value) => value < cspellPeak, (value) => `${Math.round(value)} MB`, ['pressroom', 'cspell']);
  {
    const full = at('pressroom');
    const name = `recall of the manifest's defects, ${posts} posts`;
    const required = 'every planted misspelling, broken link and anchor';
    if (!full?.score) targets.push({ name, measured: missing(['pressroom']), required, met: false });
    else {
      const kinds = (['misspelling', 'broken-file', 'broken-anchor'] as const).map((kind) => [kind, full.score?.byKind[kind]] as const);
      const complete = kinds.every(([, recall]) => recall !== undefined && recall.found === recall.total);
      targets.push({ name, measured: kinds.map(([kind, recall]) => `${kind} ${recall ? `${recall.found}/${recall.total}` : '—'}`).join('; '), required, met: complete });
    }
  }
  {
    // Judged by what each post adds from one size to the next, which a fixed start-up leaves out.
    const points = options.sizes.map((size) => ({ posts: size, seconds: wall('pressroom', size) }));
    const unmeasured = options.sizes.filter((size) => !at('pressroom', size));
    const steps = marginalCosts(points);
    const slopes = steps.map((step) => step.secondsPerPost);
    const spread = Math.max(...slopes) / Math.min(...slopes);
    const line = costLine(points.filter((point) => Number.isFinite(point.seconds)));
    const cpuSteps = marginalCosts(options.sizes.map((size) => ({ posts: size, seconds: cpu('pressroom', size) }))).map((step) => step.secondsPerPost);
    const cpuSpread = cpuSteps.length >= 2 ? ` (by CPU time: ${ratio(Math.max(...cpuSteps) / Math.min(...cpuSteps))})` : '';
    const measured = [
      steps.length < 2 ? `— (needs three sizes, had ${points.length - unmeasured.length})` : `time each post adds: ${steps.map((step) => `${step.fromPosts}→${step.toPosts}: ${(step.secondsPerPost * 1000).toFixed(2)} ms`).join(', ')}; max/min ${ratio(spread)}${cpuSpread}`,
      ...(line ? [`fixed start-up (a line through the sizes): ${line.fixedSeconds.toFixed(2)} s`] : []),
      ...unmeasured.map((size) => `${size} posts: ${find('pressroom', size)?.failed ?? 'not measured'}`),
    ].join('; ');
    targets.push({
      name: 'linear growth: time each added post costs, 500 → 2,000 → 8,000 posts',
      measured,
      required: '≤ 1.3× max/min, fixed start-up reported',
      met: steps.length >= 2 && unmeasured.length === 0 && slopes.every((slope) => slope > 0) && spread <= 1.3,
    });
  }
  return targets;
}

function machineInfo(): Machine {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
    cores: availableParallelism(),
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    os: `${type()} ${release()}`,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  };
}

/** One measured tool on one corpus, with every repetition that completed. */
interface Planned {
  posts: number;
  tool: Exclude<ToolId, 'pipeline'>;
  row: Row;
  runs: Measurement[];
}

/** The repetition with the median wall time (the lower middle one of an even count). */
function median(runs: Measurement[]): Measurement | undefined {
  const sorted = [...runs].sort((a, b) => a.wall - b.wall);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

export async function runBench(options: BenchOptions): Promise<BenchResult> {
  assertTimeAvailable();
  const profile = options.profile ?? 'generated';
  const log = options.log ?? ((line: string) => console.error(line));
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  // Seconds kept back for the end: writing the results, and deleting the corpora, which takes
  // about as long as generating them took (it is counted in below).
  let reserve = 3;
  const remaining = () => options.budgetSeconds - reserve - elapsed();
  const rows: Row[] = [];
  const corpora = new Map<number, Manifest>();
  const corpusDirs = new Map<number, string>();
  const changedPosts = new Map<number, string>();
  const loadAtStart = loadavg()[0] ?? Number.NaN;
  let buildNote = options.builtEarlier
    ? `packages/check was built once, before the ${options.builtEarlier} profile.`
    : 'packages/check was not built by this run (`--no-build-check`): it measured the build that was there.';
  const checkDir = options.checkDir ?? defaultCheckDir;
  if (options.checkDir) buildNote = `The check measured is the build in \`${options.checkDir}\`, not this repository's.`;
  if (options.buildCheck && !options.checkDir && options.tools.some((tool) => tool.startsWith('pressroom'))) {
    const buildStarted = performance.now();
    // turbo prints to stdout, which is the table's: its lines go to stderr with the bench's log.
    const build = spawnSync(join(repoRoot, 'node_modules/.bin/turbo'), ['run', 'build', '--filter=@pressroom/check', '--output-logs=errors-only'], { cwd: repoRoot, stdio: ['ignore', 2, 2] });
    if (build.status !== 0) throw new Error(`turbo run build --filter=@pressroom/check failed (${build.error?.message ?? `exit ${build.status}`}); fix the build, or measure the existing one with --no-build-check`);
    const buildSeconds = (performance.now() - buildStarted) / 1000;
    buildNote = `packages/check was built first with \`turbo run build --filter=@pressroom/check\` (${buildSeconds.toFixed(1)} s, counted in the duration).`;
    log(`[bench] built @pressroom/check in ${buildSeconds.toFixed(1)} s`);
  }
  const pressroomAvailable = existsSync(join(checkDir, 'bin/pressroom.js')) && existsSync(join(checkDir, 'dist'));

  const sortedRows = () =>
    [...rows].sort((a, b) => (a.posts === options.primary ? -1 : 0) - (b.posts === options.primary ? -1 : 0) || a.posts - b.posts || displayOrder.indexOf(a.tool) - displayOrder.indexOf(b.tool));

  /** Rewritten after every run, so an interrupted bench still leaves what it measured. */
  const writeOutputs = (partial: boolean): BenchResult => {
    const durationSeconds = elapsed();
    const ordered = sortedRows();
    const targets = evaluateTargets(ordered, options, durationSeconds, partial);
    const table = resultsTable(ordered, corpora);
    const targetTable = targetsTable(targets);
    const notes: string[] = [];
    if (partial) notes.push('**Partial results: the bench was still running when this page was written.**');
    if (options.note) notes.push(options.note);
    notes.push(buildNote);
    const skipped = options.sizes.filter((posts) => !options.peersAt.includes(posts));
    notes.push(
      `The run is held to a budget of ${options.budgetSeconds} s, corpus generation included. Every run is measured once first, the runs the targets need before the informational ones (markdown-link-check, the GFM parse); then the runs that feed a ratio are repeated up to ${options.repeat} times in all while the budget lasts, and a row shows the repetition with the median wall time. A run the budget cannot hold is stopped, or not started when a run of the same work measured earlier (the same tool on another size, scaled by posts) says it would not fit and a later target run can use the time; either way it is marked FAILED, and the targets that need it are not met. A run longer than ${options.timeoutSeconds} s is stopped too. The corpus sizes are never reduced to fit.`,
      ...(skipped.length > 0 ? [`Peer tools run at ${options.peersAt.join(', ')} posts only; at ${skipped.join(', ')} posts only the parse floor and the full check run, which is all the linear-growth target needs.`] : []),
      'The pipeline row is the sum of the cspell --no-cache, remark-lint and remark-validate-links rows, measured one after the other in this run (wall and CPU added, peak memory the largest of the three); its recall is the union of their findings.',
      "`--changed`: the corpus is a git repository whose `main` holds it as generated; a branch changes one post (named in the row's note), and `pressroom check --changed main` runs on that branch, as in a contributor's pull request. It is measured twice: with an empty cache, as in CI that keeps no cache between runs, and with the cache a full run on `main` left (the laptop case, or CI that restores the cache). The target is judged on the empty cache: the issue states the cache and `--changed` as two targets, the warm second run already covers what the cache saves, and `--changed` has to be fast on its own in CI, which starts from a fresh checkout. The warm ratio is shown beside it.",
      `Load average (1 min) was ${loadAtStart.toFixed(1)} at the start and ${(loadavg()[0] ?? Number.NaN).toFixed(1)} when this was written, on ${availableParallelism()} cores: other processes sharing the machine stretch wall times, so the targets also show the CPU-time ratio.`,
      'Wall time is measured around each child process. CPU time (user + system) and peak memory come from GNU time (`/usr/bin/time`), which reads them from `wait4` when the child ends: CPU covers the child, its threads (worker threads included) and every process it waited for; peak memory is the largest resident set of any one process of the tree, so worker threads count in it, while memory spread over several child processes would not be added up. Files/s is files divided by wall time.',
      'Recall compares each finding with the manifest by file, line and column (the start of the word, the `[` of the link); markdown-link-check reports no positions, so it is matched by file and URL. "Other findings" are findings of a checked category that match no known defect (false positives, for example site-root links that a file-based checker cannot resolve).',
    );
    if (!options.tools.some((tool) => tool.startsWith('pressroom-changed'))) notes.splice(0, notes.length, ...notes.filter((note) => !note.startsWith('`--changed`')));
    if (targets.some((target) => !target.met)) {
      const spent = timeSpentNote(ordered, options.primary);
      if (spent) notes.push(spent);
    }
    if (profile === 'real') {
      notes.push(
        'The `real` profile (`bench/src/real.ts`) is shaped like a changelog-heavy project blog: prose that names contributors, handles and camelCase, dotted and hyphenated identifiers that no dictionary knows (a long tail: a few everywhere, most once or twice), release posts with long changelog lists and contributor tables, large code blocks, archive posts of 100+ KB, and MDX docs pages. Every checker reports those names as unknown words, which "other findings" counts. Planted misspellings stay within what cspell reports in a file (200 problems, 5 of one word).',
      );
    }
    mkdirSync(options.outDir, { recursive: true });
    const chartFile = profile === 'generated' ? 'results.svg' : `results-${profile}.svg`;
    const chartPath = join(options.outDir, chartFile);
    const resultsPath = join(options.outDir, 'results.md');
    writeFileSync(chartPath, barChart(ordered, options.primary, profile));
    const section: ProfileSection = { profile, corpora, table, targets: targetTable, notes, chartFile, durationSeconds };
    // The last build benchmark's results, kept in build.json, stay on the page.
    const page = resultsPage({ machine: machineInfo(), sections: [...(options.earlier ?? []), section] });
    writeFileSync(resultsPath, withBuildSection(page, readBuildResults(join(options.outDir, 'build.json'))));
    return { rows: ordered, targets, table, targetTable, resultsPath, chartPath, durationSeconds, section };
  };

  // Every corpus first: generating the largest takes seconds, and all are needed until the end.
  for (const posts of [...new Set(options.sizes)].sort((a, b) => a - b)) {
    const corpusDir = defaultCorpusDir(posts, options.seed, profile);
    const generationStarted = performance.now();
    const manifest = generateCorpus({ posts, seed: options.seed, outDir: corpusDir, profile });
    rmSync(join(corpusDir, '.bench-out'), { recursive: true, force: true });
    rmSync(join(corpusDir, '.bench-cache'), { recursive: true, force: true });
    rmSync(join(corpusDir, pressroomCacheDir), { recursive: true, force: true });
    mkdirSync(join(corpusDir, '.bench-out'), { recursive: true });
    if (posts === options.primary && options.tools.some((tool) => tool.startsWith('pressroom-changed'))) changedPosts.set(posts, prepareRepository(corpusDir, manifest));
    else rmSync(join(corpusDir, '.git'), { recursive: true, force: true });
    corpora.set(posts, manifest);
    corpusDirs.set(posts, corpusDir);
    if (!options.keep) reserve += (performance.now() - generationStarted) / 1000;
    log(`[bench] ${profile} profile, ${posts} posts: corpus of ${manifest.files} files, ${(manifest.bytes / 1e6).toFixed(1)} MB in ${((performance.now() - generationStarted) / 1000).toFixed(1)} s at ${corpusDir}`);
  }

  // The plan: the primary size's target runs, then the other sizes, then the informational runs.
  const plan: Planned[] = [];
  const sizesInOrder = [options.primary, ...[...new Set(options.sizes)].filter((posts) => posts !== options.primary).sort((a, b) => a - b)];
  for (const pass of ['targets', 'informational'] as const) {
    for (const posts of sizesInOrder) {
      for (const tool of allTools) {
        if (!options.tools.includes(tool) || informational.has(tool) !== (pass === 'informational')) continue;
        const runsHere = everySize.has(tool) || (primaryOnly.has(tool) ? posts === options.primary : options.peersAt.includes(posts));
        if (!runsHere) continue;
        const row: Row = { posts, tool, label: labels[tool] };
        if (tool.startsWith('pressroom-changed')) row.note = `changed: ${changedPosts.get(posts)}`;
        rows.push(row);
        plan.push({ posts, tool: tool as Planned['tool'], row, runs: [] });
      }
    }
  }

  /** Puts the corpus in the state the tool is measured in: branch, cache present or not. */
  const prepare = (entry: Planned): string | undefined => {
    const corpusDir = corpusDirs.get(entry.posts) as string;
    const isRepository = existsSync(join(corpusDir, '.git'));
    const wantsBranch = entry.tool.startsWith('pressroom-changed') ? 'change' : 'main';
    if (isRepository) git(corpusDir, 'checkout', '-q', wantsBranch);
    const cache = join(corpusDir, pressroomCacheDir);
    const snapshot = join(corpusDir, mainCacheSnapshot);
    switch (entry.tool) {
      case 'pressroom':
      case 'pressroom-changed':
        rmSync(cache, { recursive: true, force: true });
        break;
      case 'pressroom-warm':
      case 'pressroom-changed-warm':
        if (!existsSync(snapshot)) return 'no cache to start from: the full run on main did not complete';
        rmSync(cache, { recursive: true, force: true });
        cpSync(snapshot, cache, { recursive: true });
        break;
      case 'cspell-fill':
        rmSync(join(corpusDir, cspellCacheFile), { force: true });
        break;
      case 'cspell-warm':
        if (!existsSync(join(corpusDir, cspellCacheFile))) return 'no cspell cache to start from: the cspell --cache run did not complete';
        break;
    }
    return undefined;
  };

  /** One measured run of a planned entry; false when it did not give a usable measurement. */
  const runOnce = async (entry: Planned, timeoutSeconds: number, limitName: string): Promise<boolean> => {
    const corpusDir = corpusDirs.get(entry.posts) as string;
    const repetition = entry.runs.length + 1;
    const notReady = prepare(entry);
    if (notReady) {
      if (repetition === 1) entry.row.failed = notReady;
      return false;
    }
    const measurement = await measure(repetition === 1 ? entry.tool : `${entry.tool}-${repetition}`, commands(corpusDir, checkDir)[entry.tool], {
      cwd: corpusDir,
      outDir: join(corpusDir, '.bench-out'),
      timeoutSeconds,
    });
    const stdout = readFileSync(measurement.stdoutPath, 'utf8');
    const stderr = readFileSync(measurement.stderrPath, 'utf8');
    let failed: string | undefined;
    let findings: Findings | undefined;
    if (measurement.timedOut) failed = `stopped after ${Math.round(timeoutSeconds)} s (${limitName})`;
    else if (!ranToCompletion(entry.tool, measurement.exitCode)) failed = `exit ${measurement.exitCode}: ${stderr.trim().split('\n').slice(-2).join(' ').slice(0, 200)}`;
    else {
      try {
        findings = findingsOf(entry.tool, stdout, stderr);
      } catch (error) {
        const firstError = stderr.split('\n').find((line) => /error/i.test(line)) ?? stderr.trim().split('\n')[0] ?? '';
        failed = `unreadable output (${(error as Error).message.slice(0, 80)}); stderr: ${firstError.trim().slice(0, 200)}`;
      }
    }
    log(`[bench] ${profile} profile, ${entry.posts} posts: ${entry.row.label}${repetition > 1 ? ` (repetition ${repetition})` : ''}: ${measurement.wall.toFixed(2)} s wall, ${measurement.cpu.toFixed(2)} s CPU, ${Math.round(measurement.peakMb)} MB${failed ? ` — FAILED ${failed}` : ''}`);
    if (failed) {
      // A later repetition that fails leaves the completed ones standing.
      if (repetition === 1) {
        entry.row.failed = failed;
        entry.row.measurement = measurement;
      }
      return false;
    }
    entry.runs.push(measurement);
    if (repetition === 1) {
      // Findings come from the first repetition: every repetition checks the same bytes.
      if (findings) {
        entry.row.findings = findings;
        entry.row.score = score(corpora.get(entry.posts) as Manifest, findings);
      }
      if (entry.tool.startsWith('pressroom')) {
        const note = pressroomNote(entry.tool, stdout, stderr);
        entry.row.note = [entry.row.note, note].filter(Boolean).join('; ');
        entry.row.phases = profilePhases(stderr);
        entry.row.phasesOnCpu = profileOnCpu(stderr);
      }
      if (entry.tool === 'pressroom' && entry.posts === options.primary) {
        const snapshot = join(corpusDir, mainCacheSnapshot);
        rmSync(snapshot, { recursive: true, force: true });
        if (existsSync(join(corpusDir, pressroomCacheDir))) cpSync(join(corpusDir, pressroomCacheDir), snapshot, { recursive: true });
      }
    }
    entry.row.measurement = median(entry.runs);
    if (entry.runs.length > 1) entry.row.repetitions = entry.runs.map((run) => run.wall);
    return true;
  };

  const addPipeline = () => {
    for (const posts of options.peersAt.filter((size) => corpora.has(size))) {
      if (!pipelineParts.every((tool) => options.tools.includes(tool))) continue;
      rows.splice(0, rows.length, ...rows.filter((row) => !(row.tool === 'pipeline' && row.posts === posts)));
      const parts = pipelineParts.map((tool) => rows.find((row) => row.tool === tool && row.posts === posts));
      const row: Row = { posts, tool: 'pipeline', label: labels.pipeline, note: 'sum of the three rows above' };
      rows.push(row);
      const incomplete = pipelineParts.filter((_, index) => !parts[index]?.measurement || parts[index]?.failed);
      if (incomplete.length > 0) {
        row.failed = `${incomplete.join(', ')} did not run to completion`;
        continue;
      }
      const measurements = parts.map((part) => part?.measurement as Measurement);
      row.measurement = {
        wall: measurements.reduce((sum, m) => sum + m.wall, 0),
        cpu: measurements.reduce((sum, m) => sum + m.cpu, 0),
        peakMb: Math.max(...measurements.map((m) => m.peakMb)),
        exitCode: 0,
        timedOut: false,
        stdoutPath: '',
        stderrPath: '',
      };
      const findings: Findings = { spelling: parts[0]?.findings?.spelling, links: parts[2]?.findings?.links };
      row.findings = findings;
      row.score = score(corpora.get(posts) as Manifest, findings);
    }
  };

  /**
   * What a run will take, from a run already measured that does the same work: the same tool at
   * the primary size scaled by posts, or cspell for cspell filling its cache. Unknown otherwise.
   */
  const estimate = (entry: Planned): number | undefined => {
    const measured = (tool: ToolId, posts: number) => plan.find((other) => other.tool === tool && other.posts === posts && !other.row.failed)?.row.measurement?.wall;
    if ((entry.tool === 'floor' || entry.tool === 'pressroom') && entry.posts !== options.primary) {
      const primaryWall = measured(entry.tool, options.primary);
      return primaryWall === undefined ? undefined : (primaryWall * entry.posts) / options.primary;
    }
    if (entry.tool === 'cspell-fill') return measured('cspell', entry.posts);
    return undefined;
  };

  for (const entry of plan) {
    if (entry.tool.startsWith('pressroom') && !pressroomAvailable) {
      entry.row.failed = 'packages/check is not built (run `pnpm build`)';
      continue;
    }
    const left = remaining();
    if (left < 5) {
      entry.row.failed = `not run: the ${options.budgetSeconds} s budget was spent`;
      continue;
    }
    // A run that would surely be stopped is not started when a later target run can use the time;
    // the last one is tried anyway, since a stopped run still tells how long it took at least.
    const expected = estimate(entry);
    const laterTargetRuns = plan.slice(plan.indexOf(entry) + 1).some((later) => !informational.has(later.tool));
    if (expected !== undefined && expected * 0.8 > left && laterTargetRuns) {
      entry.row.failed = `not run: about ${Math.round(expected)} s expected, ${Math.round(left)} s of the ${options.budgetSeconds} s budget left`;
      continue;
    }
    const limitName = left < options.timeoutSeconds ? `the ${options.budgetSeconds} s budget of the whole run` : 'the limit per run';
    await runOnce(entry, Math.min(options.timeoutSeconds, left), limitName);
    addPipeline();
    writeOutputs(true);
  }

  // Repetitions: cheapest first, each only when its earlier repetitions say it fits what is left.
  for (let repetition = 2; repetition <= options.repeat; repetition++) {
    const candidates = plan.filter((entry) => repeatable.has(entry.tool) && entry.runs.length === repetition - 1 && !entry.row.failed).sort((a, b) => (a.row.measurement?.wall ?? 0) - (b.row.measurement?.wall ?? 0));
    for (const entry of candidates) {
      const longest = Math.max(...entry.runs.map((run) => run.wall));
      if (longest * 1.25 + 2 > remaining()) continue;
      await runOnce(entry, Math.min(options.timeoutSeconds, remaining()), 'the budget');
      addPipeline();
      writeOutputs(true);
    }
  }
  for (const entry of plan) {
    if (entry.row.measurement && !entry.row.failed && options.repeat > 1 && repeatable.has(entry.tool) && entry.runs.length < options.repeat) {
      entry.row.note = [entry.row.note, `${entry.runs.length} of ${options.repeat} repetitions fitted the budget`].filter(Boolean).join('; ');
    }
  }

  addPipeline();
  for (const corpusDir of corpusDirs.values()) {
    if (existsSync(join(corpusDir, '.git'))) git(corpusDir, 'checkout', '-q', 'main');
    if (!options.keep) rmSync(corpusDir, { recursive: true, force: true });
  }
  return writeOutputs(false);
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string' },
      'peers-at': { type: 'string' },
      primary: { type: 'string' },
      tools: { type: 'string' },
      seed: { type: 'string', default: 'pressroom' },
      profiles: { type: 'string', default: corpusProfiles.join(',') },
      'out-dir': { type: 'string', default: join(repoRoot, 'docs/benchmarks') },
      keep: { type: 'boolean', default: false },
      build: { type: 'boolean', default: false },
      'no-build-check': { type: 'boolean', default: false },
      budget: { type: 'string', default: '570' },
      repeat: { type: 'string', default: '3' },
      'timeout-per-run': { type: 'string', default: '240' },
      note: { type: 'string' },
      posts: { type: 'string' },
      'docs-pages': { type: 'string' },
      sites: { type: 'string' },
      'no-og-rebuild': { type: 'boolean', default: false },
      'build-budget': { type: 'string' },
      'report-only': { type: 'boolean', default: false },
      breakdown: { type: 'boolean', default: false },
      'check-dir': { type: 'string' },
    },
  });
  try {
    if (values.build && values['report-only']) {
      // The pages again from build.json alone, as they would be written now, without building.
      const results = readBuildResults(join(values['out-dir'], 'build.json'));
      if (!results) throw new Error(`--report-only: no build.json in ${values['out-dir']}; run \`pnpm bench --build\` first`);
      writeBuildResults(values['out-dir'], results);
      console.log(`Written: ${join(values['out-dir'], 'build.md')}, results.md`);
    } else if (values.build) {
      const { runBuildBench } = await import('./build.ts');
      const sites = (values.sites ?? buildSites.join(',')).split(',').map((site) => site.trim()) as BuildSite[];
      const unknownSites = sites.filter((site) => !buildSites.includes(site));
      if (unknownSites.length > 0 || sites.length === 0) throw new Error(`--sites: unknown ${unknownSites.join(', ') || '(none given)'}; known: ${buildSites.join(', ')}`);
      const posts = positiveNumber('--posts', values.posts ?? '1000');
      const docsPages = positiveNumber('--docs-pages', values['docs-pages'] ?? String(fixedDocsPages));
      if (!Number.isInteger(posts)) throw new Error(`--posts: expected a whole number, got ${values.posts}`);
      if (!Number.isInteger(docsPages) || docsPages < fixedDocsPages) throw new Error(`--docs-pages: expected a whole number of at least ${fixedDocsPages} (the corpus's fixed docs pages), got ${values['docs-pages']}`);
      if (values.breakdown) {
        const { runBuildBreakdown } = await import('./build-breakdown.ts');
        const breakdown = await runBuildBreakdown({
          posts,
          docsPages,
          seed: values.seed,
          outDir: values['out-dir'],
          sites,
          keep: values.keep,
          command: `node bench/src/run.ts ${process.argv.slice(2).join(' ')}`,
          ...(values['build-budget'] ? { budgetSeconds: positiveNumber('--build-budget', values['build-budget']) } : {}),
        });
        const { breakdownTable } = await import('./build-report.ts');
        console.log(`${breakdownTable(breakdown)}\n\nWritten: ${join(values['out-dir'], 'build.json')}, build.md, results.md`);
      } else {
        await runBuildBench({
          posts,
          docsPages,
          seed: values.seed,
          outDir: values['out-dir'],
          keep: values.keep,
          sites,
          ogRebuild: !values['no-og-rebuild'],
          ...(values['build-budget'] ? { budgetSeconds: positiveNumber('--build-budget', values['build-budget']) } : {}),
        });
      }
    } else {
      const sizes = parseList(values.sizes, [500, 2000, 8000]);
      const primary = parseList(values.primary, [sizes.includes(2000) ? 2000 : (sizes[0] as number)])[0] as number;
      if (!sizes.includes(primary)) throw new Error(`--primary ${primary} is not one of --sizes ${sizes.join(',')}`);
      const tools = values.tools ? (values.tools.split(',').map((tool) => tool.trim()) as ToolId[]) : allTools;
      const unknown = tools.filter((tool) => !allTools.includes(tool));
      if (unknown.length > 0) throw new Error(`--tools: unknown ${unknown.join(', ')}; known: ${allTools.join(', ')} (the pipeline row is the sum of cspell, remark-lint and remark-validate-links)`);
      const repeat = positiveNumber('--repeat', values.repeat);
      if (!Number.isInteger(repeat)) throw new Error(`--repeat: expected a whole number, got ${values.repeat}`);
      const profiles = values.profiles.split(',').map((profile) => profile.trim()) as CorpusProfile[];
      const unknownProfiles = profiles.filter((profile) => !corpusProfiles.includes(profile));
      if (unknownProfiles.length > 0 || profiles.length === 0) throw new Error(`--profiles: unknown ${unknownProfiles.join(', ') || '(none given)'}; known: ${corpusProfiles.join(', ')}`);
      // One run measures every profile in turn, each with its own budget, on one page.
      const sections: ProfileSection[] = [];
      let result: BenchResult | undefined;
      for (const profile of profiles) {
        result = await runBench({
          profile,
          earlier: [...sections],
          sizes,
          peersAt: parseList(values['peers-at'], [primary]),
          primary,
          tools: profile === 'real' ? tools.filter((tool) => realProfileTools.has(tool)) : tools,
          seed: values.seed,
          outDir: values['out-dir'],
          keep: values.keep,
          budgetSeconds: positiveNumber('--budget', values.budget),
          repeat,
          timeoutSeconds: positiveNumber('--timeout-per-run', values['timeout-per-run']),
          // Built once, before the first profile: a rebuild between them would change nothing.
          buildCheck: !values['no-build-check'] && sections.length === 0,
          ...(values['check-dir'] ? { checkDir: resolve(values['check-dir']) } : {}),
          ...(!values['no-build-check'] && sections[0] ? { builtEarlier: sections[0].profile } : {}),
          note: values.note,
        });
        sections.push(result.section);
        console.log(`## ${profile} profile\n\n${result.table}\n\n${result.targetTable}\n`);
      }
      if (!result) throw new Error('--profiles: expected at least one profile');
      console.log(`Written: ${relative(process.cwd(), result.resultsPath)}, ${relative(process.cwd(), result.chartPath)} (${Math.round(result.durationSeconds)} s)`);
    }
  } catch (error) {
    console.error(`bench: ${(error as Error).message}`);
    process.exitCode = 2;
  }
}
