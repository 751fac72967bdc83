/**
 * The site build benchmark (`pnpm bench --build`): each site built on its own with `astro build`
 * over a generated corpus, beside its floor (the same pages built by Astro with no Pressroom
 * plugins, `bench/floor/`), then the blog built again after one post changed, to count the share
 * cards it draws.
 *
 * Everything builds in a throwaway workspace (./app-workspace.ts) whose content is the generated
 * corpus, with a copy of the floors beside the apps.
 *
 * Results go to `build.json` after every build, and from it to `build.md` and the build section of
 * `results.md`, so a run stopped half-way still shows what it measured.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { linkModules, prepareAppWorkspace } from './app-workspace.ts';
import { buildSites, buildStepsTable, buildTargetsTable, readBuildResults, withEarlierRows, writeBuildResults, type BuildResults, type BuildSite, type BuildStep, type BuildVariant } from './build-report.ts';
import { docsSidebarFolders, generateCorpus, repoRoot } from './corpus.ts';
import { assertTimeAvailable, measure, slugOf } from './measure.ts';

export interface BuildBenchOptions {
  posts: number;
  /** Docs pages in all (at least the corpus's fixed 12). */
  docsPages: number;
  seed: string;
  /** Where build.json and build.md go, and the results.md whose build section is rewritten. */
  outDir: string;
  keep: boolean;
  /** The sites to build, each beside its floor. */
  sites: readonly BuildSite[];
  /** Build the blog a second time after changing one post, and count the cards it draws. */
  ogRebuild: boolean;
  /** Seconds for the whole run: a build still running at the end is stopped, later ones skipped. */
  budgetSeconds?: number;
  log?: (line: string) => void;
}

// The same for every build, floors included: Node's default heap limit (about 4 GB here) would
// stop a large build before the memory target (8 GB) is reached.
const nodeOptions = '--max-old-space-size=8192';

const floorDependencies = ['astro', '@astrojs/starlight', 'sharp'];

const buildOutputs = /[/\\](?:node_modules|dist|\.astro)(?:[/\\]|$)/;

export function prepareWorkspace(workspace: string, sites: readonly BuildSite[]): void {
  prepareAppWorkspace(workspace, sites, repoRoot);
  for (const site of sites) {
    const source = join(repoRoot, 'apps', site);
    // The floor: its sources, the same content inside it (where plain Astro and Starlight read
    // content), and the app's installed astro and @astrojs/starlight.
    const floor = join(workspace, 'floor', site);
    const floorSource = join(repoRoot, 'bench/floor', site);
    cpSync(floorSource, floor, { recursive: true, filter: (path) => !buildOutputs.test(path.slice(floorSource.length)) });
    cpSync(join(workspace, 'content', site), join(floor, 'src/content', site), { recursive: true });
    linkModules(join(source, 'node_modules'), join(floor, 'node_modules'));
    // Astro finds the packages it must bundle (Starlight's routes import `astro:` modules) among
    // the project's dependencies: the floor's are the app's own Astro packages, at the same ranges.
    const appDependencies = (JSON.parse(readFileSync(join(source, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies;
    const dependencies = Object.fromEntries(Object.entries(appDependencies).filter(([name]) => floorDependencies.includes(name)));
    writeFileSync(join(floor, 'package.json'), `${JSON.stringify({ name: `floor-${site}`, private: true, type: 'module', dependencies }, null, 2)}\n`);
  }
  // Its own repository: the docs read page dates from git, which would otherwise be the outer checkout's.
  writeFileSync(join(workspace, '.gitignore'), 'node_modules/\ndist/\n.astro/\n.bench-out/\n');
  execFileSync('git', ['init', '-q'], { cwd: workspace });
}

export function countPages(dir: string): number {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && entry.name === 'index.html').length;
  } catch {
    return 0;
  }
}

function cacheFiles(dir: string): Set<string> {
  try {
    return new Set(readdirSync(dir).filter((name) => name.endsWith('.png')));
  } catch {
    return new Set();
  }
}

/**
 * The last phase Astro logged in a build's output: a `HH:MM:SS [tag] message` line, the
 * `generating static routes` banner, or the route or page it was at (`▶ src/pages/…`,
 * `├─ /posts/a/og.png`), so that a build stopped or failed half-way says where it was.
 */
export function lastAstroPhase(output: string): string | undefined {
  let phase: string | undefined;
  for (const raw of output.split('\n')) {
    // eslint-disable-next-line no-control-regex
    const line = raw.replace(/\u001b\[[0-9;]*m/g, '').trim();
    if (/^\d\d:\d\d:\d\d \[[^\]]+\] /.test(line)) phase = line;
    else if (line === 'generating static routes') phase = line;
    else {
      // A route (`▶ src/pages/…`), or a page written (`├─ /posts/a/og.png (+12ms)`).
      const route = /^(\d\d:\d\d:\d\d )?\s*(?:▶ (src\/\S+)|[├└]─ (\/\S*))/.exec(line);
      if (route) phase = `${route[1] ?? ''}generating static routes: ${route[2] ?? route[3]}`;
    }
  }
  return phase;
}

function readOutput(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** The largest resident set of any process in the group, in MB, from `ps`; 0 when none is left. */
function groupPeakMb(pgid: number): number {
  try {
    const lines = execFileSync('ps', ['-e', '-o', 'pgid=,rss='], { encoding: 'utf8' }).trim().split('\n');
    let peak = 0;
    for (const line of lines) {
      const [group, rss] = line.trim().split(/\s+/).map(Number);
      if (group === pgid && rss !== undefined && rss > peak) peak = rss;
    }
    return peak / 1024;
  } catch {
    return 0;
  }
}

export interface BuildContext {
  /** Where each build's output and GNU time figures go. */
  outDir: string;
  /** Seconds left in the run's budget. */
  remaining: () => number;
  /** Writes the results so far: called every minute of a long build. */
  write: () => void;
  log: (line: string) => void;
}

/**
 * One `astro build` in `dir`, measured into `step`: wall and CPU time, peak memory, HTML pages
 * written, and where Astro was when a build stopped or failed.
 */
export async function buildStep(step: BuildStep, dir: string, context: BuildContext): Promise<void> {
  const { outDir, remaining, write, log } = context;
  const budget = remaining();
  if (budget < 10) {
    step.status = 'not run';
    step.note = 'no time left in the budget';
    return;
  }
  step.date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  step.load = { start: loadavg(), end: loadavg() };
  let sampled = 0;
  let sampler: NodeJS.Timeout | undefined;
  const astro = join(dir, 'node_modules/astro/bin/astro.mjs');
  const measurement = await measure(step.label, [process.execPath, astro, 'build'], {
    cwd: dir,
    outDir,
    // The docs floor's sidebar lists the folders the docs site's sidebar lists.
    env: { ASTRO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1', CI: '', NODE_OPTIONS: nodeOptions, PRESSROOM_FLOOR_SIDEBAR: docsSidebarFolders.join(',') },
    ...(Number.isFinite(budget) ? { timeoutSeconds: budget } : {}),
    // Sampled as well: a build stopped at the end of the budget has no GNU time figures.
    onSpawn: (pid) => {
      const spawned = performance.now();
      let ticks = 0;
      sampler = setInterval(() => {
        sampled = Math.max(sampled, groupPeakMb(pid));
        // Every minute the page says how far a long build has got, should the run be cut short.
        if (++ticks % 12 !== 0) return;
        const phase = lastAstroPhase(readOutput(join(outDir, `${slugOf(step.label)}.stdout`)));
        step.status = 'running';
        step.wall = (performance.now() - spawned) / 1000;
        step.htmlPages = countPages(join(dir, 'dist'));
        step.note = `still running when these results were written: ${step.htmlPages} HTML pages written; largest process seen ${Math.round(sampled)} MB (sampled every 5 s)${phase ? `; last phase Astro logged: ${phase.replaceAll('|', '\\|')}` : '; Astro logged no phase'}`;
        (step.load as { end: number[] }).end = loadavg();
        write();
      }, 5000);
    },
  });
  clearInterval(sampler);
  step.load.end = loadavg();
  step.htmlPages = countPages(join(dir, 'dist'));
  step.wall = measurement.wall;
  const lastPhase = lastAstroPhase(readOutput(measurement.stdoutPath));
  if (lastPhase) step.lastPhase = lastPhase;
  const where = lastPhase ? `; last phase Astro logged: ${lastPhase.replaceAll('|', '\\|')}` : '; Astro logged no phase';
  if (measurement.timedOut) {
    step.status = 'stopped';
    step.note = `stopped at the end of the budget, ${step.htmlPages} HTML pages written by then; largest process seen ${Math.round(sampled)} MB (sampled every 5 s)${where}`;
  } else {
    step.cpu = measurement.cpu;
    step.peakMb = measurement.peakMb;
    if (measurement.exitCode === 0) {
      step.status = 'ok';
      delete step.note;
    } else {
      step.status = 'failed';
      // The error's message, not its stack.
      const stderr = readFileSync(measurement.stderrPath, 'utf8').split('\n').filter((line) => line.trim() !== '' && !/^\s+at /.test(line)).slice(0, 3).join(' ').slice(0, 300);
      step.note = `exit ${measurement.exitCode}: ${stderr.replaceAll('|', '\\|')}${where}`;
    }
  }
  log(`[bench] ${step.label}: ${step.status}, ${measurement.wall.toFixed(2)} s wall, ${measurement.cpu.toFixed(2)} s CPU, ${Math.round(measurement.peakMb)} MB, ${step.htmlPages} HTML pages`);
}

export async function runBuildBench(options: BuildBenchOptions): Promise<BuildResults> {
  assertTimeAvailable();
  const log = options.log ?? ((line: string) => console.error(line));
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  const remaining = () => (options.budgetSeconds === undefined ? Number.POSITIVE_INFINITY : options.budgetSeconds - elapsed());
  const loadAtStart = loadavg();
  // Inside the repository, as prepareAppWorkspace() requires.
  const workspace = mkdtempSync(join(repoRoot, 'bench', '.build-workspace-'));
  const outDir = join(workspace, '.bench-out');
  mkdirSync(outDir);
  const cacheDir = join(workspace, 'node_modules/.cache/pressroom-og');
  try {
    const manifest = generateCorpus({ posts: options.posts, docsPages: options.docsPages, seed: options.seed, outDir: workspace });
    prepareWorkspace(workspace, options.sites);
    log(`[bench] build workspace with ${manifest.posts} posts and ${manifest.docsPages} docs pages at ${workspace}; load ${loadAtStart.map((value) => value.toFixed(2)).join(' ')}`);
    const pagesOf = (site: BuildSite) => (site === 'blog' ? manifest.posts : manifest.docsPages);
    const dirOf = (site: BuildSite, variant: BuildVariant) => join(workspace, variant === 'pressroom' ? 'apps' : 'floor', site);
    const labelOf = (site: BuildSite, variant: BuildVariant) => (variant === 'pressroom' ? `${site} (astro build)` : `${site} floor (astro build, no Pressroom)`);
    const results: BuildResults = {
      date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      machine: { cores: availableParallelism(), memoryGb: Math.round(totalmem() / 1024 ** 3), node: process.version },
      corpus: { seed: options.seed, posts: manifest.posts, docsPages: manifest.docsPages, megabytes: manifest.bytes / 1e6 },
      load: { start: loadAtStart, end: loadAtStart },
      nodeOptions,
      ...(options.budgetSeconds === undefined ? {} : { budgetSeconds: options.budgetSeconds }),
      durationSeconds: 0,
      steps: buildSites.flatMap((site) =>
        (['pressroom', 'floor'] as const).map((variant): BuildStep => ({
          site,
          variant,
          label: labelOf(site, variant),
          pages: pagesOf(site),
          status: 'not run',
          note: options.sites.includes(site) ? 'not reached' : 'left out by --sites',
        })),
      ),
      og: {},
      complete: false,
      sitesRun: [...options.sites],
    };
    // The sites left out keep their rows from the run that last built them.
    const earlier = readBuildResults(join(options.outDir, 'build.json'));
    Object.assign(results, withEarlierRows(results, earlier));
    // The breakdown is measured at its own size by its own runs (./build-breakdown.ts).
    if (earlier?.breakdown) results.breakdown = earlier.breakdown;
    const write = () => {
      results.load.end = loadavg();
      results.durationSeconds = elapsed();
      writeBuildResults(options.outDir, results);
    };

    const build = (step: BuildStep, dir: string) => buildStep(step, dir, { outDir, remaining, write, log });

    // The second blog build edits one post's title, and puts it back for the builds after it.
    let rebuilt = false;
    const rebuildBlog = async (): Promise<void> => {
      if (rebuilt || !options.ogRebuild || !options.sites.includes('blog')) return;
      rebuilt = true;
      const blog = results.steps.find((step) => step.site === 'blog' && step.variant === 'pressroom');
      const rebuild: BuildStep = { site: 'blog', variant: 'pressroom', label: 'blog, second build after editing one post', pages: manifest.posts, status: 'not run' };
      results.og.rebuild = rebuild;
      if (blog?.status !== 'ok') {
        rebuild.note = 'the first blog build did not complete';
      } else {
        const postsDir = join(workspace, 'content/blog');
        const edited = readdirSync(postsDir).filter((name) => name.endsWith('.md')).sort()[0] as string;
        const file = join(postsDir, edited);
        const original = readFileSync(file, 'utf8');
        // The title is on the post's card: this card, and no other, has to be drawn again.
        writeFileSync(file, original.replace(/^title: (.*)$/m, 'title: $1, revised'));
        results.og.edited = `content/blog/${edited}`;
        const before = cacheFiles(cacheDir);
        await build(rebuild, dirOf('blog', 'pressroom'));
        if (rebuild.status === 'ok') results.og.drawn = [...cacheFiles(cacheDir)].filter((name) => !before.has(name)).length;
        writeFileSync(file, original);
      }
      write();
    };
    // The floors, then the docs, then the blog: cheapest first, so that a run stopped by its
    // budget has complete figures for all it ran, and only the last build stopped half-way. A run
    // of one site is made to measure that site: it goes first (the blog's second build right after
    // it), its floor last, which keeps an earlier run's figures if the budget ends first.
    const order: [BuildSite, BuildVariant][] =
      options.sites.length === 1 ? [[options.sites[0] as BuildSite, 'pressroom'], [options.sites[0] as BuildSite, 'floor']] : [['blog', 'floor'], ['docs', 'floor'], ['docs', 'pressroom'], ['blog', 'pressroom']];
    for (const [site, variant] of order.filter(([site]) => options.sites.includes(site))) {
      const step = results.steps.find((candidate) => candidate.site === site && candidate.variant === variant) as BuildStep;
      // The docs draw their cards into the same folder: the blog's are the files its build added.
      const before = cacheFiles(cacheDir);
      await build(step, dirOf(site, variant));
      if (site === 'blog' && variant === 'pressroom') results.og.cardsAfterFirstBuild = [...cacheFiles(cacheDir)].filter((name) => !before.has(name)).length;
      write();
      if (site === 'blog' && variant === 'pressroom' && options.sites.length === 1) await rebuildBlog();
    }
    await rebuildBlog();

    // A floor this run had no time for, or stopped at the end of the budget, keeps the figures of
    // the run before, labelled with its date.
    for (const step of results.steps) {
      if (step.variant !== 'floor' || (step.status !== 'not run' && step.status !== 'stopped') || !options.sites.includes(step.site) || earlier?.corpus.seed !== results.corpus.seed) continue;
      const own = earlier.steps.find((candidate) => candidate.site === step.site && candidate.variant === 'floor' && candidate.pages === step.pages && candidate.status === 'ok');
      if (!own) continue;
      const date = own.date ?? earlier.date;
      Object.assign(step, { ...own, date, load: own.load ?? earlier.load, note: `kept from the run of ${date}: this run had no time left for it` });
    }
    // Kept rows count as they were measured: the page is complete when every row is.
    results.complete = results.steps.every((step) => step.status === 'ok') && (results.og.rebuild?.status ?? 'ok') === 'ok';
    write();
    console.log(`${buildStepsTable(results)}\n\n${buildTargetsTable(results)}\n\nWritten: ${join(options.outDir, 'build.json')}, build.md, results.md`);
    return results;
  } finally {
    if (!options.keep) rmSync(workspace, { recursive: true, force: true });
  }
}

