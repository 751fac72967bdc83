/**
 * What the site build benchmark measured (`build.json`), and the pages made from it: `build.md`,
 * and the section of `results.md` that shows it. Both are rendered from the JSON alone, so either
 * bench can regenerate its page without running the other.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type BuildSite = 'blog' | 'docs';
export type BuildVariant = 'pressroom' | 'floor';
export const buildSites: readonly BuildSite[] = ['blog', 'docs'];

export interface BuildStep {
  site: BuildSite;
  variant: BuildVariant;
  label: string;
  /** Content pages the build renders: the posts, or the docs pages. */
  pages: number;
  /** `index.html` files in the dist folder after the build (or when it was stopped). */
  htmlPages?: number;
  wall?: number;
  cpu?: number;
  peakMb?: number;
  /**
   * `ok`; `failed` (non-zero exit); `stopped` at the end of the time budget (wall time is a lower
   * bound, CPU and peak memory unknown); `not run` (no time left, or left out by `--sites`);
   * `running` in results written while the build ran (wall time so far).
   */
  status: 'ok' | 'failed' | 'stopped' | 'not run' | 'running';
  note?: string;
  /** When the build started (UTC), and the load averages at its start and end. */
  date?: string;
  load?: { start: number[]; end: number[] };
  /** The last phase Astro logged (`[build] …`, `generating static routes`, a route), with its time. */
  lastPhase?: string;
}

export interface BuildResults {
  date: string;
  machine: { cores: number; memoryGb: number; node: string };
  corpus: { seed: string; posts: number; docsPages: number; megabytes: number };
  /** Load averages (1, 5, 15 min) when the run started and when these results were written. */
  load: { start: number[]; end: number[] };
  /** What every build ran with: the same for the sites and their floors. */
  nodeOptions: string;
  budgetSeconds?: number;
  durationSeconds: number;
  steps: BuildStep[];
  og: {
    /** The post whose title the second build changed. */
    edited?: string;
    /** Cards the blog's first build drew into the cache folder. */
    cardsAfterFirstBuild?: number;
    /** Cards the second build drew (new files in the cache folder). */
    drawn?: number;
    rebuild?: BuildStep;
  };
  /** Every step ran to its end, the last results included. */
  complete: boolean;
  /** The sites this run built: the other sites' rows are kept from the run that built them. */
  sitesRun?: BuildSite[];
  /** The last `--breakdown` run, at its own size: kept when a full run writes the rows again. */
  breakdown?: BuildBreakdown;
}

/** A build of the breakdown: a site with some of its extras switched off, or its floor. */
export interface BreakdownRow extends BuildStep {
  /** Names of the extras switched off: none for the site as it is, and for its floor. */
  without: string[];
}

export interface BuildBreakdown {
  date: string;
  /** The command line that measured it. */
  command: string;
  machine: { cores: number; memoryGb: number; node: string };
  corpus: { seed: string; posts: number; docsPages: number; megabytes: number };
  load: { start: number[]; end: number[] };
  durationSeconds: number;
  /** Each site's extras, in the order they were switched off, and what each makes. */
  extras: Partial<Record<BuildSite, { name: string; description: string }[]>>;
  rows: BreakdownRow[];
}

export const memoryLimitMb = 8 * 1024;
export const floorRatioLimit = 1.3;

const fixed = (value: number | undefined, digits = 2) => (value === undefined || !Number.isFinite(value) ? '—' : value.toFixed(digits));
const perPageMs = (seconds: number | undefined, pages: number) => (seconds === undefined ? undefined : (seconds / pages) * 1000);

const shortDate = (date: string) => date.replace('T', ' ').replace(/:\d\dZ$/, 'Z');
const runCell = (step: BuildStep) => (step.date === undefined || step.status === 'not run' ? '—' : `${shortDate(step.date)}, load ${step.load?.start[0]?.toFixed(1) ?? '?'}→${step.load?.end[0]?.toFixed(1) ?? '?'}`);

function stepCells(step: BuildStep): string {
  const wall = step.wall === undefined ? '—' : `${step.status === 'stopped' || step.status === 'running' ? '> ' : ''}${fixed(step.wall)}`;
  const note = [step.status === 'ok' ? '' : step.status.toUpperCase(), step.note ?? ''].filter(Boolean).join(': ');
  return `| ${step.label} | ${step.pages.toLocaleString('en-US')} | ${step.htmlPages?.toLocaleString('en-US') ?? '—'} | ${wall} | ${fixed(step.cpu)} | ${step.status === 'ok' ? fixed(perPageMs(step.wall, step.pages), 1) : '—'} | ${step.status === 'ok' ? fixed(perPageMs(step.cpu, step.pages), 1) : '—'} | ${step.peakMb === undefined ? '—' : Math.round(step.peakMb)} | ${runCell(step)} | ${note} |`;
}

export function buildStepsTable(results: BuildResults): string {
  const steps = [...results.steps, ...(results.og.rebuild ? [results.og.rebuild] : [])];
  return [
    '| build | content pages | HTML pages | wall s | CPU s | wall ms/page | CPU ms/page | peak MB | run (UTC), load 1 min | note |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |',
    ...steps.map(stepCells),
  ].join('\n');
}

interface BuildTarget {
  name: string;
  measured: string;
  required: string;
  /** `met`, `**not met**`, or why it could not be judged. */
  status: string;
}

const why = (step: BuildStep | undefined) => (step ? `${step.label}: ${step.status}${step.note ? ` (${step.note})` : ''}` : 'not in this run');

export function buildTargets(results: BuildResults): BuildTarget[] {
  const targets: BuildTarget[] = [];
  const stepOf = (site: BuildSite, variant: BuildVariant) => results.steps.find((step) => step.site === site && step.variant === variant);
  const everyStep = results.steps;
  const failed = everyStep.filter((step) => step.status !== 'ok');
  targets.push({
    name: `both sites build at ${sizeText(results)}`,
    measured: failed.length === 0 ? 'every build completed' : failed.map((step) => `${step.label}: ${step.status}`).join('; '),
    required: 'completes',
    status: failed.some((step) => step.variant === 'pressroom' && step.status === 'failed') ? '**not met**' : failed.some((step) => step.variant === 'pressroom') ? `not measured: ${failed.filter((step) => step.variant === 'pressroom').map(why).join('; ')}` : 'met',
  });
  for (const site of ['blog', 'docs'] as const) {
    const own = stepOf(site, 'pressroom');
    const floor = stepOf(site, 'floor');
    if (own?.status === 'ok' && floor?.status === 'ok' && own.wall !== undefined && floor.wall !== undefined) {
      const wallRatio = own.wall / own.pages / (floor.wall / floor.pages);
      const cpuRatio = own.cpu !== undefined && floor.cpu !== undefined ? own.cpu / own.pages / (floor.cpu / floor.pages) : Number.NaN;
      targets.push({
        name: `${site}: time per page vs the floor's`,
        measured: `${wallRatio.toFixed(2)}× (${fixed(perPageMs(own.wall, own.pages), 1)} vs ${fixed(perPageMs(floor.wall, floor.pages), 1)} ms a page; CPU ${fixed(cpuRatio)}×)`,
        required: `≤ ${floorRatioLimit}×`,
        status: wallRatio <= floorRatioLimit ? 'met' : '**not met**',
      });
    } else {
      targets.push({ name: `${site}: time per page vs the floor's`, measured: '—', required: `≤ ${floorRatioLimit}×`, status: `not measured: ${[own, floor].filter((step) => step?.status !== 'ok').map(why).join('; ')}` });
    }
    if (own?.status === 'ok' && own.peakMb !== undefined) {
      targets.push({
        name: `${site}: peak memory`,
        measured: `${Math.round(own.peakMb)} MB (floor: ${floor?.status === 'ok' && floor.peakMb !== undefined ? `${Math.round(floor.peakMb)} MB` : '—'})`,
        required: `< ${memoryLimitMb} MB`,
        status: own.peakMb < memoryLimitMb ? 'met' : '**not met**',
      });
    } else {
      targets.push({ name: `${site}: peak memory`, measured: '—', required: `< ${memoryLimitMb} MB`, status: `not measured: ${why(own)}` });
    }
  }
  const { og } = results;
  targets.push(
    og.drawn !== undefined
      ? {
          name: 'blog: second build after editing one post',
          measured: `${og.drawn} card${og.drawn === 1 ? '' : 's'} drawn (the first build drew ${og.cardsAfterFirstBuild ?? '—'})`,
          required: 'one card drawn',
          status: og.drawn === 1 ? 'met' : '**not met**',
        }
      : { name: 'blog: second build after editing one post', measured: '—', required: 'one card drawn', status: `not measured: ${why(og.rebuild)}` },
  );
  return targets;
}

/** Content pages of a site in these results: its rows may come from an earlier run than the rest. */
function pagesOf(results: BuildResults, site: BuildSite): number {
  return results.steps.find((step) => step.site === site)?.pages ?? (site === 'blog' ? results.corpus.posts : results.corpus.docsPages);
}

const sizeText = (results: BuildResults) => `${pagesOf(results, 'blog').toLocaleString('en-US')} posts and ${pagesOf(results, 'docs').toLocaleString('en-US')} docs pages`;

/**
 * `results` (of a run that built only `results.sitesRun`) with the other sites' rows taken from
 * `earlier`, the run that last built them, each row keeping its own date and load. Rows are kept
 * only from a corpus of the same seed and, for that site, the same page count; otherwise they stay
 * as this run left them (not run).
 */
export function withEarlierRows(results: BuildResults, earlier: BuildResults | undefined): BuildResults {
  const sitesRun = results.sitesRun ?? buildSites;
  if (!earlier || earlier.corpus.seed !== results.corpus.seed) return results;
  const merged: BuildResults = { ...results, steps: [...results.steps], og: { ...results.og } };
  for (const site of buildSites.filter((candidate) => !sitesRun.includes(candidate))) {
    const pages = site === 'blog' ? results.corpus.posts : results.corpus.docsPages;
    const kept = earlier.steps.filter((step) => step.site === site && step.pages === pages);
    if (kept.length === 0) continue;
    merged.steps = merged.steps.map((step) => {
      const own = kept.find((candidate) => candidate.variant === step.variant);
      if (step.site !== site || !own) return step;
      // Results written before rows had their own date carry the run's.
      return { ...own, date: own.date ?? earlier.date, load: own.load ?? earlier.load };
    });
    if (site === 'blog') merged.og = earlier.og.rebuild ? { ...earlier.og, rebuild: { ...earlier.og.rebuild, date: earlier.og.rebuild.date ?? earlier.date, load: earlier.og.rebuild.load ?? earlier.load } } : { ...earlier.og };
  }
  return merged;
}

export function buildTargetsTable(results: BuildResults): string {
  return [
    '| target | measured | required | status |',
    '| --- | --- | --- | --- |',
    ...buildTargets(results).map((target) => `| ${target.name} | ${target.measured} | ${target.required} | ${target.status} |`),
  ].join('\n');
}

function loadText(load: number[]): string {
  return load.map((value) => value.toFixed(2)).join(', ');
}

export function buildNotes(results: BuildResults): string[] {
  return [
    `Each site is built on its own with \`astro build\` in a throwaway workspace: the generated corpus (seed \`${results.corpus.seed}\`, ${results.corpus.posts.toLocaleString('en-US')} posts and ${results.corpus.docsPages.toLocaleString('en-US')} docs pages, ${results.corpus.megabytes.toFixed(1)} MB) at its root, a copy of the apps, and the repository's installed packages linked in. The docs pages past the fixed twelve are spread over the folders the docs sidebar lists.`,
    "The floor is the same pages built by Astro with no Pressroom plugins (`bench/floor/`): for the blog, a content collection over the posts and one template rendering `<Content />`; for the docs, a plain Starlight site with one autogenerated sidebar group per folder the docs site lists. Time per page is a build's time divided by its content pages (posts, or docs pages); the sites' extra pages (tags, archives, pagination, share cards, search index) count in their time, not in their pages.",
    `Load average (1, 5, 15 min) was ${loadText(results.load.start)} at the start and ${loadText(results.load.end)} when these results were written, on ${results.machine.cores} cores shared with other work: the builds ran under \`nice\`, so wall time stretches with the load, and CPU time (user + system, from GNU time) is shown beside it. The target is judged on wall time, with the CPU ratio beside it.`,
    `Peak memory is the largest resident set of any one process of the build (GNU time's maximum RSS). Every build, floors included, ran with \`NODE_OPTIONS=${results.nodeOptions}\`, so that a heap limit below the memory target does not stop a build before the target is measured.`,
    "The second blog build changes one post's title (on its share card) and builds the blog again in the same workspace; cards drawn are the new files in the share cards' cache folder (`node_modules/.cache/pressroom-og`, keyed by content hash). The bench's own test (`bench/test/build.test.ts`) runs the same sequence at a tiny size on every test run and requires exactly one card drawn.",
    `The builds ran one at a time, ${(results.sitesRun ?? buildSites).length === 1 ? `the ${(results.sitesRun ?? buildSites)[0]} first, then its floor${(results.sitesRun ?? buildSites)[0] === 'blog' ? ', then the blog again' : ''}` : 'cheapest first (the floors, the docs, the blog, the blog again)'}${results.budgetSeconds === undefined ? '' : ` within a budget of ${Math.round(results.budgetSeconds)} s (\`--build-budget\`): a build still running at its end was stopped, and the builds after it did not run`}. The whole run took ${Math.round(results.durationSeconds)} s.`,
    ...keptNote(results),
    ...htmlPageNotes(results),
  ];
}

/**
 * A site writes more HTML pages than it has content pages (tags, archives, pagination; the docs'
 * pages again under each other locale, as fallbacks), its floor one per content page: the same
 * ratio per HTML page written shows how much of the gap is pages the floor does not make.
 */
function htmlPageNotes(results: BuildResults): string[] {
  const notes: string[] = [];
  for (const site of buildSites) {
    const own = results.steps.find((step) => step.site === site && step.variant === 'pressroom');
    const floor = results.steps.find((step) => step.site === site && step.variant === 'floor');
    if (own?.status !== 'ok' || floor?.status !== 'ok' || !own.htmlPages || !floor.htmlPages || own.wall === undefined || floor.wall === undefined) continue;
    const wall = own.wall / own.htmlPages / (floor.wall / floor.htmlPages);
    const cpu = own.cpu !== undefined && floor.cpu !== undefined ? ` (CPU ${fixed(own.cpu / own.htmlPages / (floor.cpu / floor.htmlPages))}×)` : '';
    notes.push(
      `The ${site} wrote ${own.htmlPages.toLocaleString('en-US')} HTML pages for ${own.pages.toLocaleString('en-US')} content pages, its floor ${floor.htmlPages.toLocaleString('en-US')}: per HTML page written, the ${site} took ${wall.toFixed(2)}× the floor's wall time${cpu}.`,
    );
  }
  return notes;
}

function keptNote(results: BuildResults): string[] {
  const sitesRun = results.sitesRun ?? buildSites;
  const left = buildSites.filter((site) => !sitesRun.includes(site));
  if (left.length === 0) return [];
  const kept = left.map((site) => {
    const dates = [...new Set(results.steps.filter((step) => step.site === site && step.status !== 'not run' && step.date).map((step) => shortDate(step.date as string)))];
    return dates.length > 0 ? `the ${site} rows are kept from the run of ${dates.join(', ')}` : `the ${site} was not built`;
  });
  return [`This run built only the ${sitesRun.join(' and ')} (\`--sites ${sitesRun.join(',')}\`): ${kept.join('; ')}. Each row gives the date and load of the run that measured it; the load averages above are this run's.`];
}

const possessive = (site: BuildSite) => (site === 'docs' ? "docs'" : `${site}'s`);
const signed = (value: number, digits: number) => `${value > 0 ? '+' : value < 0 ? '−' : '±'}${Math.abs(value).toFixed(digits)}`;

/** The site as it is and the floor among a breakdown's rows of one site. */
function breakdownBase(rows: readonly BreakdownRow[], site: BuildSite) {
  const own = rows.filter((row) => row.site === site);
  const full = own.find((row) => row.variant === 'pressroom' && row.without.length === 0);
  const floor = own.find((row) => row.variant === 'floor');
  return { own, full: full?.status === 'ok' ? full : undefined, floor: floor?.status === 'ok' ? floor : undefined };
}

/** The breakdown's builds: each against the site as it is, and per page against the floor. */
export function breakdownTable(breakdown: BuildBreakdown): string {
  const lines = [
    '| build | switched off | HTML pages | wall s | CPU s | peak MB | vs as it is: wall s / CPU s / peak MB | per page vs floor: wall / CPU | run (UTC), load 1 min | note |',
    '| --- | --- | ---: | ---: | ---: | ---: | --- | --- | --- | --- |',
  ];
  for (const site of buildSites) {
    const { own, full, floor } = breakdownBase(breakdown.rows, site);
    for (const row of own) {
      const ok = row.status === 'ok' && row.wall !== undefined && row.cpu !== undefined && row.peakMb !== undefined;
      const delta = ok && full && row !== full ? `${signed((row.wall as number) - (full.wall as number), 1)} / ${signed((row.cpu as number) - (full.cpu as number), 1)} / ${signed(Math.round((row.peakMb as number) - (full.peakMb as number)), 0)}` : '—';
      const ratio = ok && floor && floor.wall && floor.cpu ? `${((row.wall as number) / row.pages / (floor.wall / floor.pages)).toFixed(2)}× / ${((row.cpu as number) / row.pages / (floor.cpu / floor.pages)).toFixed(2)}×` : '—';
      const switched = row.variant === 'floor' ? '(the floor)' : row.without.length === 0 ? 'nothing' : row.without.join(', ');
      const note = [row.status === 'ok' ? '' : row.status.toUpperCase(), row.note ?? ''].filter(Boolean).join(': ');
      lines.push(`| ${row.label} | ${switched} | ${row.htmlPages?.toLocaleString('en-US') ?? '—'} | ${fixed(row.wall)} | ${fixed(row.cpu)} | ${row.peakMb === undefined ? '—' : Math.round(row.peakMb)} | ${delta} | ${ratio} | ${runCell(row)} | ${note} |`);
    }
  }
  return lines.join('\n');
}

/**
 * What the breakdown says of each site: how much of its CPU time beyond the floor's each extra
 * accounts for, and what is left with all of them off.
 */
export function breakdownNotes(breakdown: BuildBreakdown): string[] {
  const notes: string[] = [];
  for (const site of buildSites) {
    const extras = breakdown.extras[site];
    const { own, full, floor } = breakdownBase(breakdown.rows, site);
    if (!extras || own.length === 0) continue;
    notes.push(`The ${possessive(site)} extras: ${extras.map((extra) => `**${extra.name}**, ${extra.description}`).join('; ')}.`);
    if (!full || !floor || full.cpu === undefined || floor.cpu === undefined || full.wall === undefined || floor.wall === undefined) {
      notes.push(`The ${possessive(site)} breakdown is not complete: the site as it is or its floor did not build, so nothing is compared.`);
      continue;
    }
    const beyond = full.cpu - floor.cpu;
    const shares = own
      .filter((row) => row.variant === 'pressroom' && row.without.length === 1 && row.status === 'ok' && row.cpu !== undefined)
      .map((row) => ({ name: row.without[0] as string, saved: (full.cpu as number) - (row.cpu as number), memory: (full.peakMb ?? 0) - (row.peakMb ?? 0) }))
      .sort((a, b) => b.saved - a.saved);
    const none = own.find((row) => row.variant === 'pressroom' && row.without.length === extras.length && row.status === 'ok' && row.cpu !== undefined);
    const percent = (value: number) => (beyond > 0 ? ` (${Math.round((value / beyond) * 100)}%)` : '');
    const minus = (text: string) => text.replace(/(^|\()-/, '$1−');
    const parts = shares.map((share) => `${share.name} ${minus(share.saved.toFixed(1))} s${minus(percent(share.saved))} and ${minus(String(Math.round(share.memory)))} MB of peak`);
    const rest =
      none?.cpu !== undefined && none.wall !== undefined
        ? ` With all of them off it still took ${(none.cpu - floor.cpu).toFixed(1)} s of CPU beyond the floor${percent(none.cpu - floor.cpu)}, ${((none.wall / none.pages) / (floor.wall / floor.pages)).toFixed(2)}× the floor's wall time per page (CPU ${((none.cpu / none.pages) / (floor.cpu / floor.pages)).toFixed(2)}×): what its own layout, components and other routes cost.`
        : '';
    notes.push(`The ${site} as it is took ${full.cpu.toFixed(1)} s of CPU, ${beyond.toFixed(1)} s beyond its floor's ${floor.cpu.toFixed(1)} s; switching off one extra at a time saved ${parts.join('; ')}.${rest} The savings one at a time need not add up to all of them off: extras overlap${site === 'blog' ? ' (the search indexes the pages the lists add)' : ''}, and the load varied from build to build.`);
  }
  return notes;
}

function breakdownHeading(breakdown: BuildBreakdown): string {
  return `Breakdown at ${breakdown.corpus.posts.toLocaleString('en-US')} posts and ${breakdown.corpus.docsPages.toLocaleString('en-US')} docs pages`;
}

function breakdownIntro(breakdown: BuildBreakdown): string {
  return `Measured on ${breakdown.date} with \`${breakdown.command}\` (seed \`${breakdown.corpus.seed}\`, ${breakdown.corpus.megabytes.toFixed(1)} MB), ${breakdown.machine.cores} cores; load average (1 min) ${breakdown.load.start[0]?.toFixed(2)} at the start, ${breakdown.load.end[0]?.toFixed(2)} at the end; ${Math.round(breakdown.durationSeconds)} s in all. Each site is built as it is, then with each of its extras switched off in turn in the workspace's copy of the app, then with all of them off, then its floor: one build at a time, each cold (no dist, no Astro, Vite or share card cache), under \`nice\`. Its size is its own, smaller than the rows above, which it leaves as they were measured.`;
}

/**
 * The floor's CPU time per page at the breakdown's size beside the full-size row's: where it
 * grows with the size, ratios to the floor do not carry over from one size to the other.
 */
export function breakdownScaleNotes(results: BuildResults): string[] {
  const { breakdown } = results;
  if (!breakdown) return [];
  const notes: string[] = [];
  for (const site of buildSites) {
    const { floor } = breakdownBase(breakdown.rows, site);
    const full = results.steps.find((step) => step.site === site && step.variant === 'floor');
    if (!floor?.cpu || full?.status !== 'ok' || !full.cpu || full.pages === floor.pages) continue;
    notes.push(
      `The ${possessive(site)} floor took ${fixed(perPageMs(floor.cpu, floor.pages), 1)} ms of CPU a page at ${floor.pages.toLocaleString('en-US')} pages here, ${fixed(perPageMs(full.cpu, full.pages), 1)} ms at ${full.pages.toLocaleString('en-US')} in the rows above: ratios to the floor differ from one size to the other, so what carries over from this table is each extra's share of the time, not the ratios.`,
    );
  }
  return notes;
}

function breakdownSection(results: BuildResults, level: string): string[] {
  const { breakdown } = results;
  if (!breakdown) return [];
  return [`${level} ${breakdownHeading(breakdown)}`, '', breakdownIntro(breakdown), '', breakdownTable(breakdown), '', ...[...breakdownNotes(breakdown), ...breakdownScaleNotes(results)].map((note) => `- ${note}`), ''];
}

/** `build.md`: the build benchmark's own page. */
export function buildPage(results: BuildResults): string {
  return [
    '# Build benchmark',
    '',
    '<!-- Generated by `pnpm bench --build` (bench/src/build.ts) from build.json. Edits by hand are overwritten. -->',
    '',
    `Measured on ${results.date}: ${results.machine.cores} cores, ${results.machine.memoryGb} GB, Node.js ${results.machine.node}.${results.complete ? '' : ' **The run did not complete every build: see the notes of the rows.**'}`,
    '',
    '## Builds',
    '',
    buildStepsTable(results),
    '',
    '## Targets',
    '',
    buildTargetsTable(results),
    '',
    '## Notes',
    '',
    ...buildNotes(results).map((note) => `- ${note}`),
    '',
    ...breakdownSection(results, '##'),
  ].join('\n');
}

export const buildSectionStart = '<!-- build:start (written by `pnpm bench --build` from build.json) -->';
export const buildSectionEnd = '<!-- build:end -->';

/** The section of `results.md` that shows the last build benchmark, between its markers. */
export function buildSection(results: BuildResults | undefined): string {
  const body = results
    ? [
        `## Site build at ${sizeText(results)}`,
        '',
        `Measured on ${results.date} by \`pnpm bench --build\`; the details and notes are in [build.md](./build.md).${results.complete ? '' : ' **The run did not complete every build: see the notes of the rows.**'} Load average (1 min) ${results.load.start[0]?.toFixed(2)} at the start, ${results.load.end[0]?.toFixed(2)} at the end, on ${results.machine.cores} cores.`,
        '',
        buildStepsTable(results),
        '',
        buildTargetsTable(results),
        ...(results.breakdown ? ['', ...breakdownSection(results, '###')].slice(0, -1) : []),
      ]
    : ['## Site build', '', 'No build benchmark results yet: run `pnpm bench --build`.'];
  return [buildSectionStart, ...body, buildSectionEnd, ''].join('\n');
}

/** The section put into a results page: replaces the one there, or goes at its end. */
export function withBuildSection(page: string, results: BuildResults | undefined): string {
  const start = page.indexOf(buildSectionStart);
  const end = page.indexOf(buildSectionEnd);
  const section = buildSection(results);
  if (start !== -1 && end > start) return `${page.slice(0, start)}${section.trimEnd()}${page.slice(end + buildSectionEnd.length)}`;
  return `${page.trimEnd()}\n\n${section}`;
}

export function readBuildResults(file: string): BuildResults | undefined {
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8')) as BuildResults;
}

/** Writes `results` to `build.json` in `outDir`, and the pages made from it: `build.md` and the build section of `results.md`. */
export function writeBuildResults(outDir: string, results: BuildResults): void {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'build.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(outDir, 'build.md'), buildPage(results));
  const resultsPath = join(outDir, 'results.md');
  writeFileSync(resultsPath, withBuildSection(existsSync(resultsPath) ? readFileSync(resultsPath, 'utf8') : '', results));
}
