/**
 * Where a site's build time and memory go beyond its floor (`pnpm bench --build --breakdown`):
 * the site built as it is, then again with each of its extras switched off in turn, then with all
 * of them off, and its floor, one after the other on the same corpus.
 *
 * An extra is switched off in the throwaway workspace's copy of the app (./app-workspace.ts), by
 * removing the routes that make it or the line of the Astro config that adds it: the app itself
 * has no switch for it. Every build starts cold (no dist, no Astro or Vite cache, no share cards).
 *
 * The results go into the `breakdown` of build.json, beside the rows of the last full-size run,
 * which they leave as they were; build.md and results.md are rendered again from it.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { readBuildResults, writeBuildResults, type BreakdownRow, type BuildBreakdown, type BuildSite } from './build-report.ts';
import { buildStep, prepareWorkspace } from './build.ts';
import { generateCorpus, repoRoot } from './corpus.ts';
import { assertTimeAvailable } from './measure.ts';

export interface SiteExtra {
  name: string;
  /** What the site no longer makes with the extra switched off, for the page. */
  description: string;
  /** Switches the extra off in the copy of the app at `app`, in the workspace at `workspace`. */
  switchOff: (app: string, workspace: string) => void;
}

/** Removes files or folders of the app copy; one that is missing means the app changed under the bench. */
function remove(...paths: string[]): SiteExtra['switchOff'] {
  return (app) => {
    for (const path of paths) {
      if (!existsSync(join(app, path))) throw new Error(`--breakdown: ${path} is not in the app any more; update bench/src/build-breakdown.ts`);
      rmSync(join(app, path), { recursive: true });
    }
  };
}

/** Replaces what `pattern` matches in a file of the app copy (removes it by default); it must match. */
function edit(file: string, pattern: RegExp, replacement = ''): SiteExtra['switchOff'] {
  return (app) => {
    const text = readFileSync(join(app, file), 'utf8');
    const edited = text.replace(pattern, replacement);
    if (edited === text) throw new Error(`--breakdown: ${pattern} no longer matches ${file}; update bench/src/build-breakdown.ts`);
    writeFileSync(join(app, file), edited);
  };
}

/** The `markdown.processor` line (the blog) or lines (the docs) of the config, with the Pressroom plugins. */
const pressroomProcessor = { blog: /^ {4}processor: unified\(pressroomMarkdown\(.*\)\),\n/m, docs: /^ {4}processor: unified\(\n[^]*?\n {4}\),\n/m };

/**
 * Two steps apart: Astro's default processor (`satteri`, as the floors use) is not a unified
 * pipeline, so what the plugins cost and what running Markdown through unified costs are each
 * measured on their own.
 */
const markdownExtras = (site: BuildSite): SiteExtra[] => [
  {
    name: 'plugins',
    description: 'the Pressroom remark and rehype plugins: `processor: unified()` with none, the unified pipeline kept',
    switchOff: edit('astro.config.mjs', pressroomProcessor[site], '    processor: unified(),\n'),
  },
  {
    name: 'unified',
    description: "the unified pipeline and its plugins: no `processor`, Astro's default (`satteri`), as the floor",
    switchOff: edit('astro.config.mjs', new RegExp(`${pressroomProcessor[site].source}|^ {4}processor: unified\\(\\),\\n`, 'm')),
  },
];

export const siteExtras: Record<BuildSite, readonly SiteExtra[]> = {
  blog: [
    { name: 'og', description: 'the share cards (`og.png` of every post and of the site)', switchOff: remove('src/pages/og.png.ts', 'src/pages/posts/[...slug]/og.png.ts') },
    { name: 'twins', description: 'the Markdown twins (`/posts/x.md`) and `llms-full.txt`', switchOff: remove('src/pages/posts/[...slug].md.ts', 'src/pages/llms-full.txt.ts') },
    { name: 'pagefind', description: 'the search index (the Pagefind integration)', switchOff: edit('astro.config.mjs', /^ {4}pagefindIndex\(\),\n/m) },
    { name: 'lists', description: 'the tag, archive and pagination pages', switchOff: remove('src/pages/tags', 'src/pages/archives', 'src/pages/posts/[page].astro') },
    ...markdownExtras('blog'),
  ],
  docs: [
    { name: 'og', description: 'the share cards (`og.png` of every page)', switchOff: remove('src/pages/[...slug]/og.png.ts') },
    { name: 'twins', description: 'the Markdown twins (`/x.md`) and `llms-full.txt`', switchOff: remove('src/pages/[...slug].md.ts', 'src/pages/llms-full.txt.ts') },
    {
      name: 'fallbacks',
      description: "the second locale, and with it the fallback copy of every page under it (`locales` taken out of the workspace's `pressroom.config.json`)",
      switchOff: (_app, workspace) => {
        const file = join(workspace, 'pressroom.config.json');
        const config = JSON.parse(readFileSync(file, 'utf8')) as { sites: { docs: { locales?: unknown } } };
        if (config.sites.docs.locales === undefined) throw new Error('--breakdown: the docs have no locales to take out; update bench/src/build-breakdown.ts');
        delete config.sites.docs.locales;
        writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`);
      },
    },
    ...markdownExtras('docs'),
  ],
};

export interface BreakdownOptions {
  posts: number;
  docsPages: number;
  seed: string;
  /** Where build.json is read from and written to, with build.md and results.md. */
  outDir: string;
  sites: readonly BuildSite[];
  /** The command line, for the page. */
  command: string;
  keep: boolean;
  budgetSeconds?: number;
  log?: (line: string) => void;
}

/** The builds of a site's breakdown: as it is, without each extra, without all of them, its floor. */
export function breakdownRows(site: BuildSite, pages: number): BreakdownRow[] {
  const extras = siteExtras[site];
  const row = (without: string[], label: string): BreakdownRow => ({ site, variant: 'pressroom', label, pages, without, status: 'not run', note: 'not reached' });
  return [
    row([], `${site} as it is`),
    ...extras.map((extra) => row([extra.name], `${site} without ${extra.name}`)),
    row(
      extras.map((extra) => extra.name),
      `${site} without any of them`,
    ),
    { site, variant: 'floor', label: `${site} floor`, pages, without: [], status: 'not run', note: 'not reached' },
  ];
}

export async function runBuildBreakdown(options: BreakdownOptions): Promise<BuildBreakdown> {
  assertTimeAvailable();
  const log = options.log ?? ((line: string) => console.error(line));
  const results = readBuildResults(join(options.outDir, 'build.json'));
  if (!results) throw new Error(`--breakdown: no build.json in ${options.outDir}; the breakdown goes beside the rows of a \`pnpm bench --build\` run`);
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  const remaining = () => (options.budgetSeconds === undefined ? Number.POSITIVE_INFINITY : options.budgetSeconds - elapsed());
  const workspace = mkdtempSync(join(repoRoot, 'bench', '.build-workspace-'));
  const outDir = join(workspace, '.bench-out');
  mkdirSync(outDir);
  try {
    const manifest = generateCorpus({ posts: options.posts, docsPages: options.docsPages, seed: options.seed, outDir: workspace });
    prepareWorkspace(workspace, options.sites);
    // What every variant starts from: the copied apps and the workspace's config, as made.
    const pristine = join(workspace, '.pristine');
    for (const site of options.sites) {
      for (const entry of ['src', 'astro.config.mjs']) cpSync(join(workspace, 'apps', site, entry), join(pristine, site, entry), { recursive: true });
    }
    cpSync(join(workspace, 'pressroom.config.json'), join(pristine, 'pressroom.config.json'));
    const load = loadavg();
    log(`[bench] breakdown workspace with ${manifest.posts} posts and ${manifest.docsPages} docs pages at ${workspace}; load ${load.map((value) => value.toFixed(2)).join(' ')}`);
    const breakdown: BuildBreakdown = {
      date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      command: options.command,
      machine: { cores: availableParallelism(), memoryGb: Math.round(totalmem() / 1024 ** 3), node: process.version },
      corpus: { seed: options.seed, posts: manifest.posts, docsPages: manifest.docsPages, megabytes: manifest.bytes / 1e6 },
      load: { start: load, end: load },
      durationSeconds: 0,
      extras: Object.fromEntries(options.sites.map((site) => [site, siteExtras[site].map(({ name, description }) => ({ name, description }))])),
      rows: options.sites.flatMap((site) => breakdownRows(site, site === 'blog' ? manifest.posts : manifest.docsPages)),
    };
    const write = () => {
      breakdown.load.end = loadavg();
      breakdown.durationSeconds = elapsed();
      results.breakdown = breakdown;
      writeBuildResults(options.outDir, results);
    };
    for (const row of breakdown.rows) {
      const app = join(workspace, row.variant === 'floor' ? 'floor' : 'apps', row.site);
      if (row.variant === 'pressroom') {
        // Back to the app as copied, then the extras of this row switched off.
        for (const entry of ['src', 'astro.config.mjs']) {
          rmSync(join(app, entry), { recursive: true, force: true });
          cpSync(join(pristine, row.site, entry), join(app, entry), { recursive: true });
        }
        cpSync(join(pristine, 'pressroom.config.json'), join(workspace, 'pressroom.config.json'));
        try {
          for (const name of row.without) siteExtras[row.site].find((extra) => extra.name === name)?.switchOff(app, workspace);
        } catch (error) {
          Object.assign(row, { status: 'failed', note: (error as Error).message });
          write();
          continue;
        }
      }
      // Cold: nothing left by the build before.
      for (const cache of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) rmSync(join(app, cache), { recursive: true, force: true });
      rmSync(join(workspace, 'node_modules/.cache'), { recursive: true, force: true });
      await buildStep(row, app, { outDir, remaining, write, log });
      write();
    }
    cpSync(join(pristine, 'pressroom.config.json'), join(workspace, 'pressroom.config.json'));
    write();
    return breakdown;
  } finally {
    if (!options.keep) rmSync(workspace, { recursive: true, force: true });
  }
}
