/**
 * `pnpm bench`: generates corpora, runs pressroom check, the peer tools and the parse floor on each
 * as measured child processes, scores each tool against the corpus's known defects, prints one
 * table with every target met or not met, and regenerates docs/benchmarks/results.{md,svg}.
 *
 * Flags: --sizes 500,2000,8000  --peers-at 2000  --primary 2000  --tools a,b  --seed S
 *        --out-dir DIR  --keep  --timeout-per-run 240  --render-only (from a kept run's outputs)
 *        --merge (run --tools again, take the other tools from a kept run's outputs)
 *        --resume (take what a kept run measured, run what it did not)
 *        --build (the site build benchmark instead)
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, release, totalmem, type } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultCorpusDir, generateCorpus, repoRoot, type Manifest } from './corpus.ts';
import { parseCspell, parseMarkdownLinkCheck, parsePressroom, parseRemark, score, type Findings } from './findings.ts';
import { assertTimeAvailable, measure, readMeasurement } from './measure.ts';
import { barChart, resultsPage, resultsTable, targetsTable, type Machine, type Row, type Target, type ToolId } from './report.ts';

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

const pressroomBin = join(repoRoot, 'packages/check/bin/pressroom.js');
/** Where pressroom keeps its content-hash cache by default, relative to the checked repository. */
const pressroomCacheDir = 'node_modules/.cache';

/** In run order: what most targets need first, in case a long run is cut short. */
const allTools: ToolId[] = [
  'floor',
  'pressroom',
  'cspell',
  'pipeline',
  'cspell-fill',
  'cspell-warm',
  'pressroom-warm',
  'remark-lint',
  'remark-validate-links',
  'markdown-link-check',
  'floor-gfm',
  'pressroom-changed',
];

const labels: Record<ToolId, string> = {
  floor: 'micromark parse + frontmatter (floor)',
  'floor-gfm': 'micromark parse + frontmatter + GFM',
  pressroom: 'pressroom check (full, empty cache)',
  'pressroom-warm': 'pressroom check (nothing changed, warm cache)',
  'pressroom-changed': 'pressroom check --changed (1 post, empty cache)',
  cspell: 'cspell --no-cache',
  'cspell-fill': 'cspell --cache (empty cache)',
  'cspell-warm': 'cspell --cache (warm)',
  'remark-lint': 'remark-cli + preset-lint-recommended',
  'remark-validate-links': 'remark-cli + remark-validate-links',
  'markdown-link-check': 'markdown-link-check (local links only)',
  pipeline: 'pipeline: cspell + remark-lint + validate-links',
};

function shellQuote(argument: string): string {
  return /^[\w@%+=:,./-]+$/.test(argument) ? argument : `'${argument.replaceAll("'", `'\\''`)}'`;
}

function commands(corpusDir: string) {
  const node = process.execPath;
  const cspell = [node, binOf('cspell'), 'lint', '--no-progress', '--no-summary', '--no-color', '--config', 'cspell.config.yaml'];
  const cspellFiles = 'content/**/*.md';
  const remark = [node, binOf('remark-cli', 'remark'), '--no-color', '--quiet'];
  const remarkLint = [...remark, '--rc-path', '.remarkrc.mjs', '--no-config', 'content'];
  const remarkLinks = [...remark, '--rc-path', 'remarkrc.links.mjs', '--no-config', 'content'];
  const cspellCold = [...cspell, '--no-cache', cspellFiles];
  const cspellCache = [...cspell, '--cache', '--cache-location', join(corpusDir, '.bench-cache/cspell.json'), cspellFiles];
  const floor = [node, join(benchDir, 'src/parse-floor.ts'), corpusDir];
  return {
    floor,
    'floor-gfm': [...floor, '--gfm'],
    pressroom: [node, pressroomBin, 'check', '--format', 'json'],
    'pressroom-warm': [node, pressroomBin, 'check', '--format', 'json'],
    'pressroom-changed': [node, pressroomBin, 'check', '--changed', 'main', '--format', 'json'],
    cspell: cspellCold,
    'cspell-fill': cspellCache,
    'cspell-warm': cspellCache,
    'remark-lint': remarkLint,
    'remark-validate-links': remarkLinks,
    'markdown-link-check': [node, binOf('markdown-link-check'), '-c', 'markdown-link-check.json', 'content'],
    pipeline: ['sh', '-c', [cspellCold, remarkLint, remarkLinks].map((command) => command.map(shellQuote).join(' ')).join('; ')],
  } satisfies Record<ToolId, string[]>;
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
    case 'pipeline':
      return { ...parseCspell(stdout), ...parseRemark(stderr, 'remark-validate-links') };
    case 'pressroom':
    case 'pressroom-warm':
      return parsePressroom(stdout);
    default:
      return undefined;
  }
}

/** Exit codes that mean "ran and reported findings", per tool. */
function ranToCompletion(tool: ToolId, exitCode: number): boolean {
  if (tool.startsWith('pressroom')) return exitCode === 0 || exitCode === 1;
  if (tool.startsWith('floor')) return exitCode === 0;
  return exitCode === 0 || exitCode === 1;
}

function git(corpusDir: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=Bench', '-c', 'user.email=bench@localhost', '-c', 'commit.gpgsign=false', ...args], {
    cwd: corpusDir,
    stdio: 'ignore',
  });
}

/** A repository of the corpus on `main`, then a branch `change` that edits one post, for `--changed main`. */
function prepareChangedPost(corpusDir: string, manifest: Manifest): string {
  rmSync(join(corpusDir, '.git'), { recursive: true, force: true });
  writeFileSync(join(corpusDir, '.gitignore'), 'node_modules/\n.bench-cache/\n.bench-out/\n');
  git(corpusDir, 'init', '-q', '-b', 'main');
  git(corpusDir, 'add', '-A');
  git(corpusDir, 'commit', '-q', '-m', 'corpus');
  const post = manifest.defects.find((defect) => defect.file.startsWith('content/blog/'))?.file ?? 'content/blog';
  git(corpusDir, 'checkout', '-q', '-B', 'change');
  appendFileSync(join(corpusDir, post), '\nOne more paragraph, added on a branch, so that exactly one post changed.\n');
  git(corpusDir, 'commit', '-q', '-am', 'change one post');
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

export interface BenchOptions {
  sizes: number[];
  peersAt: number[];
  primary: number;
  tools: ToolId[];
  seed: string;
  outDir: string;
  keep: boolean;
  /** Render results.md/svg again from the outputs a kept or interrupted run left, running nothing. */
  renderOnly?: boolean;
  /** Run only `tools` again and take every other tool's numbers from the outputs a kept run left. */
  merge?: boolean;
  /** Take every tool's numbers from a kept run's outputs where there are some, and run the rest. */
  resume?: boolean;
  /** A sentence for the notes, e.g. where merged or resumed rows come from. */
  note?: string;
  /** A run that takes longer is stopped and reported as such, so one slow tool cannot stall the bench. */
  timeoutSeconds?: number;
  log?: (line: string) => void;
}

export interface BenchResult {
  rows: Row[];
  targets: Target[];
  table: string;
  targetTable: string;
  resultsPath: string;
  chartPath: string;
}

function ratio(value: number): string {
  return Number.isFinite(value) ? `${value.toFixed(2)}×` : '—';
}

function evaluateTargets(rows: Row[], options: BenchOptions, durationSeconds: number, partial = false): Target[] {
  const at = (tool: ToolId, posts = options.primary) => rows.find((row) => row.tool === tool && row.posts === posts && row.measurement && !row.failed);
  const wall = (tool: ToolId, posts = options.primary) => at(tool, posts)?.measurement?.wall ?? Number.NaN;
  const targets: Target[] = [];
  const full = at('pressroom');
  const missing = (what: string) => `— (${what} did not run to completion at ${options.primary} posts)`;
  const cpu = (tool: ToolId, posts = options.primary) => at(tool, posts)?.measurement?.cpu ?? Number.NaN;
  // Status follows wall time, as the targets are stated; the CPU ratio is shown beside it because
  // on a shared machine wall time also measures the neighbours.
  const push = (name: string, value: number, required: string, met: (value: number) => boolean, format: (value: number) => string, needs: string[], cpuValue?: number) => {
    const absent = needs.filter((tool) => !at(tool as ToolId));
    const cpuNote = cpuValue !== undefined && Number.isFinite(cpuValue) ? ` (by CPU time: ${format(cpuValue)})` : '';
    targets.push(
      absent.length > 0
        ? { name, measured: missing(absent.join(', ')), required, met: false }
        : { name, measured: `${format(value)}${cpuNote}`, required, met: Number.isFinite(value) && met(value) },
    );
  };
  push(`full check vs pipeline (cspell + remark-lint + remark-validate-links), ${options.primary} posts`, wall('pipeline') / wall('pressroom'), '≥ 5× faster', (value) => value >= 5, (value) => `${ratio(value)} faster`, ['pipeline', 'pressroom'], cpu('pipeline') / cpu('pressroom'));
  push(`full check vs single-threaded parse floor, ${options.primary} posts`, wall('pressroom') / wall('floor'), '≤ 2× the floor', (value) => value <= 2, ratio, ['pressroom', 'floor'], cpu('pressroom') / cpu('floor'));
  const cspellPeak = at('cspell')?.measurement?.peakMb ?? Number.NaN;
  const memoryLimit = Math.min(600, cspellPeak);
  push(`peak memory of the full check, ${options.primary} posts`, full?.measurement?.peakMb ?? Number.NaN, `≤ ${Math.round(memoryLimit)} MB (cspell alone, and ≤ 600)`, (value) => value <= memoryLimit, (value) => `${Math.round(value)} MB`, ['pressroom', 'cspell']);
  // Recall: every broken link and anchor of the manifest, and every misspelling that cspell finds.
  {
    const cspellFound = at('cspell')?.findings?.spelling;
    const score = full?.score;
    const pressroomSpelling = full?.findings?.spelling;
    if (!full || !score || !cspellFound || !pressroomSpelling) {
      targets.push({ name: 'recall of the known defects', measured: missing(['pressroom', 'cspell'].filter((tool) => !at(tool as ToolId)).join(', ') || 'scoring'), required: 'every broken link and anchor, every misspelling cspell finds', met: false });
    } else {
      const links = ['broken-file', 'broken-anchor'].map((kind) => score.byKind[kind as 'broken-file']).filter((recall) => recall !== undefined);
      const linksFound = links.reduce((sum, recall) => sum + recall.found, 0);
      const linksTotal = links.reduce((sum, recall) => sum + recall.total, 0);
      let spellingMissed = 0;
      let spellingTotal = 0;
      for (const key of cspellFound) {
        spellingTotal++;
        if (!pressroomSpelling.has(key)) spellingMissed++;
      }
      targets.push({
        name: `recall of the known defects, ${options.primary} posts`,
        measured: `links ${linksFound}/${linksTotal}; misspellings cspell reports, also reported: ${spellingTotal - spellingMissed}/${spellingTotal}`,
        required: 'all of both',
        met: linksTotal > 0 && linksFound === linksTotal && spellingMissed === 0,
      });
    }
  }
  push(`second run, nothing changed, vs cspell's warm --cache, ${options.primary} posts`, wall('pressroom-warm') / wall('cspell-warm'), '≤ 0.33×', (value) => value <= 1 / 3, ratio, ['pressroom-warm', 'cspell-warm'], cpu('pressroom-warm') / cpu('cspell-warm'));
  push(`--changed with one changed post vs the full run, ${options.primary} posts`, wall('pressroom-changed') / wall('pressroom'), '≤ 0.10×', (value) => value <= 0.1, ratio, ['pressroom-changed', 'pressroom'], cpu('pressroom-changed') / cpu('pressroom'));
  {
    const perPost = options.sizes.map((posts) => ({ posts, value: wall('pressroom', posts) / posts }));
    const cpuPerPost = options.sizes.map((posts) => cpu('pressroom', posts) / posts).filter(Number.isFinite);
    const cpuSpread = Math.max(...cpuPerPost) / Math.min(...cpuPerPost);
    const measured = perPost.filter((entry) => Number.isFinite(entry.value));
    const values = measured.map((entry) => entry.value);
    const spread = Math.max(...values) / Math.min(...values);
    targets.push({
      name: 'linear growth: time per post of the full check across sizes',
      measured:
        measured.length < 2
          ? `— (needs at least two sizes, had ${measured.length})`
          : `${measured.map((entry) => `${entry.posts}: ${(entry.value * 1000).toFixed(2)} ms`).join(', ')}; max/min ${ratio(spread)}${cpuPerPost.length >= 2 ? ` (by CPU time: ${ratio(cpuSpread)})` : ''}`,
      required: '≤ 1.5× over three sizes (500, 2,000, 8,000)',
      // The target is stated over 500, 2,000 and 8,000 posts: fewer than three sizes cannot meet it.
      met: measured.length >= 3 && measured.length === options.sizes.length && spread <= 1.5,
    });
  }
  const assembled = options.renderOnly || options.merge || options.resume;
  targets.push(
    assembled
      ? { name: 'whole benchmark duration', measured: `— (rows assembled from several invocations; ${Math.round(durationSeconds)} s counted here)`, required: '< 600 s on 2 cores', met: false }
      : partial
      ? { name: 'whole benchmark duration', measured: `${Math.round(durationSeconds)} s so far (still running)`, required: '< 600 s on 2 cores', met: false }
      : { name: 'whole benchmark duration', measured: `${Math.round(durationSeconds)} s`, required: '< 600 s on 2 cores', met: durationSeconds < 600 },
  );
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

export async function runBench(options: BenchOptions): Promise<BenchResult> {
  assertTimeAvailable();
  const log = options.log ?? ((line: string) => console.error(line));
  const started = performance.now();
  const rows: Row[] = [];
  const corpora = new Map<number, Manifest>();
  const pressroomAvailable = existsSync(pressroomBin) && existsSync(join(repoRoot, 'packages/check/dist'));
  const loadAtStart = loadavg()[0] ?? Number.NaN;
  let missingSaved = false;
  /** Rewritten after every run, so an interrupted bench still leaves what it measured. */
  const writeOutputs = (partial: boolean): BenchResult => {
    const durationSeconds = options.renderOnly
      ? rows.reduce((sum, row) => sum + (row.measurement?.wall ?? 0), 0)
      : (performance.now() - started) / 1000;
    const targets = evaluateTargets(rows, options, durationSeconds, partial);
    const table = resultsTable(rows, corpora);
    const targetTable = targetsTable(targets);
    const notes: string[] = [];
    if (partial) notes.push(options.renderOnly ? '**Partial results: the run these outputs come from did not finish every tool and size listed in the targets.**' : '**Partial results: the bench was still running when this page was written.**');
    if (options.renderOnly) notes.push('Rendered again from the saved outputs of that run (`--render-only`): the load average below is that of the rendering, and the duration is the sum of the measured runs (corpus generation excluded).');
    if (options.note) notes.push(options.note);
    if (options.resume) notes.push('Resumed run (`--resume`): rows that earlier invocations had measured on the same seeded corpora (same bytes) were taken from their saved outputs, and only the missing ones ran in this invocation; the duration counts this invocation only.');
    if (options.merge) notes.push(`Merged run (\`--merge\`): ${options.tools.join(', ')} ran again in this invocation; the other rows come from the saved outputs of an earlier run on the same seeded corpus (same bytes). The duration counts this invocation only.`);
    const skipped = options.sizes.filter((posts) => !options.peersAt.includes(posts));
    if (skipped.length > 0) notes.push(`Peer tools were not run at ${skipped.join(', ')} posts, to keep the whole run under 10 minutes on 2 cores; only the floor and the full check run there (the linear-growth target needs no peer).`);
    notes.push(
      `Load average (1 min) was ${loadAtStart.toFixed(1)} at the start and ${(loadavg()[0] ?? Number.NaN).toFixed(1)} when this was written, on ${availableParallelism()} cores: other processes shared the machine, which stretches wall times; the targets therefore also show the CPU-time ratio.`,
      'Wall time is measured around each child process; CPU (user + system) and peak memory (largest resident set of any process in the tree) come from GNU time (`/usr/bin/time`). Files/s is files divided by wall time.',
      'Recall compares each finding with the manifest by file, line and column (the start of the word, the `[` of the link); markdown-link-check reports no positions, so it is matched by file and URL. "Other findings" are findings of a checked category that match no known defect (false positives, for example site-root links that a file-based checker cannot resolve).',
      'The pipeline row runs cspell, remark-lint and remark-validate-links one after the other in one shell; its recall is the union of their outputs.',
      '`--changed` runs on a git repository of the corpus with one post changed on a branch, against `main`, with an empty cache, so the cache cannot stand in for the change detection.',
      `A run longer than ${options.timeoutSeconds ?? '∞'} s is stopped and marked FAILED, so one slow tool cannot stall the bench.`,
    );
    mkdirSync(options.outDir, { recursive: true });
    const chartFile = 'results.svg';
    const chartPath = join(options.outDir, chartFile);
    const resultsPath = join(options.outDir, 'results.md');
    writeFileSync(chartPath, barChart(rows, options.primary));
    writeFileSync(resultsPath, resultsPage({ machine: machineInfo(), corpora, table, targets: targetTable, notes, chartFile, durationSeconds }));
    return { rows, targets, table, targetTable, resultsPath, chartPath };
  };
  // The primary size first: its targets matter most if the run is cut short.
  const order = [...new Set(options.sizes)].sort((a, b) => (a === options.primary ? -1 : b === options.primary ? 1 : a - b));
  for (const posts of order) {
    const corpusDir = defaultCorpusDir(posts, options.seed);
    const generationStarted = performance.now();
    if (options.renderOnly && !existsSync(join(corpusDir, 'manifest.json'))) {
      missingSaved = true;
      continue;
    }
    const manifest = options.renderOnly
      ? (JSON.parse(readFileSync(join(corpusDir, 'manifest.json'), 'utf8')) as Manifest)
      : generateCorpus({ posts, seed: options.seed, outDir: corpusDir });
    corpora.set(posts, manifest);
    log(`[bench] ${posts} posts: corpus of ${manifest.files} files, ${(manifest.bytes / 1e6).toFixed(1)} MB in ${((performance.now() - generationStarted) / 1000).toFixed(1)} s at ${corpusDir}`);
    const outDir = join(corpusDir, '.bench-out');
    if (!options.renderOnly && !options.merge && !options.resume) {
      rmSync(outDir, { recursive: true, force: true });
      rmSync(join(corpusDir, '.bench-cache'), { recursive: true, force: true });
    }
    if (!options.renderOnly) mkdirSync(outDir, { recursive: true });
    const withPeers = options.peersAt.includes(posts);
    const isPrimary = posts === options.primary;
    const commandsOf = commands(corpusDir);
    for (const tool of allTools) {
      if (!options.tools.includes(tool) && !options.merge) continue;
      const everySize = tool === 'floor' || tool === 'pressroom';
      const primaryOnly = tool === 'pressroom-warm' || tool === 'pressroom-changed';
      if (!everySize && (primaryOnly ? !isPrimary : !withPeers)) continue;
      const row: Row = { posts, tool, label: labels[tool] };
      const reuse = options.renderOnly || (options.merge === true && !options.tools.includes(tool));
      const saved = reuse || options.resume ? readMeasurement(tool, outDir) : undefined;
      if (reuse && !saved) {
        missingSaved = true;
        continue;
      }
      rows.push(row);
      if (tool.startsWith('pressroom') && !pressroomAvailable) {
        row.failed = 'packages/check is not built (run `pnpm build`)';
        continue;
      }
      if (!saved && (tool === 'pressroom' || tool === 'pressroom-changed')) rmSync(join(corpusDir, pressroomCacheDir), { recursive: true, force: true });
      if (!saved && tool === 'pressroom-changed') row.note = `changed: ${prepareChangedPost(corpusDir, manifest)}`;
      const measurement = saved ?? (await measure(`${tool}`, commandsOf[tool], { cwd: corpusDir, outDir, timeoutSeconds: options.timeoutSeconds }));
      row.measurement = measurement;
      const stdout = readFileSync(measurement.stdoutPath, 'utf8');
      const stderr = readFileSync(measurement.stderrPath, 'utf8');
      if (measurement.timedOut) {
        row.failed = `stopped after the ${options.timeoutSeconds} s limit per run`;
      } else if (!ranToCompletion(tool, measurement.exitCode)) {
        row.failed = `exit ${measurement.exitCode}: ${stderr.trim().split('\n').slice(-2).join(' ').slice(0, 200)}`;
      } else {
        try {
          const findings = findingsOf(tool, stdout, stderr);
          if (findings) {
            row.findings = findings;
            row.score = score(manifest, findings);
          }
        } catch (error) {
          const firstError = stderr.split('\n').find((line) => /error/i.test(line)) ?? stderr.trim().split('\n')[0] ?? '';
          row.failed = `unreadable output (${(error as Error).message.slice(0, 80)}); stderr: ${firstError.trim().slice(0, 200)}`;
        }
      }
      log(`[bench] ${posts} posts: ${row.label}: ${measurement.wall.toFixed(2)} s wall, ${measurement.cpu.toFixed(2)} s CPU, ${Math.round(measurement.peakMb)} MB${row.failed ? ` — FAILED ${row.failed}` : ''}`);
      if (!options.renderOnly) writeOutputs(true);
    }
    if (!options.keep) rmSync(corpusDir, { recursive: true, force: true });
  }
  return writeOutputs(missingSaved);
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string' },
      'peers-at': { type: 'string' },
      primary: { type: 'string' },
      tools: { type: 'string' },
      seed: { type: 'string', default: 'pressroom' },
      'out-dir': { type: 'string', default: join(repoRoot, 'docs/benchmarks') },
      keep: { type: 'boolean', default: false },
      build: { type: 'boolean', default: false },
      'timeout-per-run': { type: 'string', default: '240' },
      'render-only': { type: 'boolean', default: false },
      merge: { type: 'boolean', default: false },
      resume: { type: 'boolean', default: false },
      note: { type: 'string' },
      posts: { type: 'string' },
    },
  });
  try {
    if (values.build) {
      const { runBuildBench } = await import('./build.ts');
      await runBuildBench({ posts: Number(values.posts ?? 1000), seed: values.seed, outDir: values['out-dir'], keep: values.keep });
    } else {
      const sizes = parseList(values.sizes, [500, 2000, 8000]);
      const primary = parseList(values.primary, [sizes.includes(2000) ? 2000 : (sizes[0] as number)])[0] as number;
      const tools = values.tools ? (values.tools.split(',').map((tool) => tool.trim()) as ToolId[]) : allTools;
      const unknown = tools.filter((tool) => !allTools.includes(tool));
      if (unknown.length > 0) throw new Error(`--tools: unknown ${unknown.join(', ')}; known: ${allTools.join(', ')}`);
      const result = await runBench({ sizes, peersAt: parseList(values['peers-at'], [primary]), primary, tools, seed: values.seed, outDir: values['out-dir'], keep: values.keep || values['render-only'] || values.merge || values.resume, timeoutSeconds: Number(values['timeout-per-run']), renderOnly: values['render-only'], merge: values.merge, resume: values.resume, note: values.note });
      console.log(`${result.table}\n\n${result.targetTable}\n\nWritten: ${relative(process.cwd(), result.resultsPath)}, ${relative(process.cwd(), result.chartPath)}`);
    }
  } catch (error) {
    console.error(`bench: ${(error as Error).message}`);
    process.exitCode = 2;
  }
}
