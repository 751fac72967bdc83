/**
 * The site build benchmark (`pnpm bench --build`): both sites built by turbo with a generated
 * corpus published, then built again with nothing changed.
 *
 * The apps find `pressroom.config.json` by walking up from their folder, so they cannot be pointed
 * at another content folder without a change to them. Instead this builds a throwaway workspace:
 * the generated corpus at its root, a copy of the apps' sources, and the repository's installed
 * node_modules linked in (the apps' workspace dependencies resolve to the built packages here).
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { availableParallelism, totalmem } from 'node:os';
import { join } from 'node:path';
import { generateCorpus, repoRoot } from './corpus.ts';
import { assertTimeAvailable, measure, type Measurement } from './measure.ts';

export interface BuildBenchOptions {
  posts: number;
  seed: string;
  /** Where build.md goes. */
  outDir: string;
  keep: boolean;
  log?: (line: string) => void;
}

const apps = ['blog', 'docs'] as const;

/**
 * A node_modules of the same shape as pnpm's: a real folder of links to the installed packages.
 * Linking the folder itself would make Vite see one file under two paths, and would let the
 * build write its caches (.vite, .astro) into the repository's own node_modules.
 */
function linkModules(source: string, target: string): void {
  mkdirSync(target, { recursive: true });
  for (const entry of readdirSync(source, { withFileTypes: true })) {
    if (['.vite', '.astro', '.cache', '.modules.yaml', '.pnpm-workspace-state-v1.json'].includes(entry.name)) continue;
    if (entry.name.startsWith('@') && entry.isDirectory()) {
      linkModules(join(source, entry.name), join(target, entry.name));
      continue;
    }
    symlinkSync(join(source, entry.name), join(target, entry.name));
  }
}

function prepareWorkspace(workspace: string): void {
  for (const file of ['package.json', 'turbo.json', 'tsconfig.base.json', 'pnpm-lock.yaml', '.npmrc']) {
    try {
      cpSync(join(repoRoot, file), join(workspace, file));
    } catch {
      // .npmrc is optional.
    }
  }
  writeFileSync(join(workspace, 'pnpm-workspace.yaml'), 'packages:\n  - apps/*\n');
  linkModules(join(repoRoot, 'node_modules'), join(workspace, 'node_modules'));
  for (const app of apps) {
    const source = join(repoRoot, 'apps', app);
    const target = join(workspace, 'apps', app);
    mkdirSync(target, { recursive: true });
    cpSync(source, target, {
      recursive: true,
      filter: (path) => !/[/\\](?:node_modules|dist|\.astro|\.turbo|test)(?:[/\\]|$)/.test(path.slice(source.length)),
    });
    linkModules(join(source, 'node_modules'), join(target, 'node_modules'));
  }
}

/** Turbo's own count of cache hits, e.g. `2 cached, 2 total`. */
function cachedSummary(measurement: Measurement): string {
  const match = /Cached:\s+(\d+ cached, \d+ total)/.exec(readFileSync(measurement.stdoutPath, 'utf8'));
  return match ? (match[1] as string) : 'no cache summary printed';
}

function countPages(dir: string): number {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && entry.name === 'index.html').length;
  } catch {
    return 0;
  }
}

export async function runBuildBench(options: BuildBenchOptions): Promise<string> {
  assertTimeAvailable();
  const log = options.log ?? ((line: string) => console.error(line));
  // Inside the repository: Astro treats a component path that shares no folder with the project
  // root (other than `/`) as root-relative, so a workspace under /tmp cannot load Starlight's.
  const workspace = mkdtempSync(join(repoRoot, 'bench', '.build-workspace-'));
  const outDir = join(workspace, '.bench-out');
  mkdirSync(outDir);
  try {
    const manifest = generateCorpus({ posts: options.posts, seed: options.seed, outDir: workspace });
    prepareWorkspace(workspace);
    // The docs build regenerates this page from the schema; the generated corpus's own version
    // would be overwritten by the first build and make the second miss the cache.
    cpSync(join(repoRoot, 'content/docs/reference/frontmatter.md'), join(workspace, 'content/docs/reference/frontmatter.md'));
    // Its own repository, so turbo hashes the workspace's files rather than the outer checkout's.
    writeFileSync(join(workspace, '.gitignore'), 'node_modules/\ndist/\n.turbo/\n.astro/\n.bench-out/\n');
    execFileSync('git', ['init', '-q'], { cwd: workspace });
    log(`[bench] build workspace with ${manifest.posts} posts and ${manifest.docsPages} docs pages at ${workspace}`);
    const turbo = [process.execPath, join(repoRoot, 'node_modules/turbo/bin/turbo'), 'run', 'build', '--output-logs=hash-only', '--filter=./apps/*'];
    const env = { TURBO_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1', CI: '' };
    const runs: { label: string; measurement: Measurement }[] = [];
    for (const label of ['first turbo build (empty cache)', 'second turbo build (nothing changed)']) {
      const measurement = await measure(label, turbo, { cwd: workspace, outDir, env });
      runs.push({ label, measurement });
      log(`[bench] ${label}: ${measurement.wall.toFixed(2)} s wall, ${measurement.cpu.toFixed(2)} s CPU, ${Math.round(measurement.peakMb)} MB, exit ${measurement.exitCode}`);
      if (measurement.exitCode !== 0) throw new Error(`${label} failed (exit ${measurement.exitCode}); see ${measurement.stdoutPath} and ${measurement.stderrPath}`);
    }
    const blogPosts = countPages(join(workspace, 'apps/blog/dist/posts'));
    const docsPages = countPages(join(workspace, 'apps/docs/dist'));
    const [first, second] = runs.map((run) => run.measurement) as [Measurement, Measurement];
    const ratio = second.wall / first.wall;
    const table = [
      '| run | wall s | CPU s | peak MB |',
      '| --- | ---: | ---: | ---: |',
      ...runs.map(({ label, measurement }) => `| ${label} | ${measurement.wall.toFixed(2)} | ${measurement.cpu.toFixed(2)} | ${Math.round(measurement.peakMb)} |`),
    ].join('\n');
    const page = [
      '# Build benchmark',
      '',
      '<!-- Generated by `pnpm bench --build` (bench/src/build.ts). Edits by hand are overwritten. -->',
      '',
      `Measured on ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}: ${availableParallelism()} cores, ${Math.round(totalmem() / 1024 ** 3)} GB, Node.js ${process.version}.`,
      '',
      `Both sites built by \`turbo run build\` in a throwaway workspace whose content is a generated corpus of ${manifest.posts} published posts and ${manifest.docsPages} docs pages (${(manifest.bytes / 1e6).toFixed(1)} MB). The blog's dist has ${blogPosts} post pages under \`/posts/\` (pagination pages included), the docs' dist ${docsPages} pages.`,
      '',
      table,
      '',
      `Second build as a ratio of the first: ${ratio.toFixed(3)}× (${(first.wall / second.wall).toFixed(0)} times faster; turbo: ${cachedSummary(second)}).`,
      '',
    ].join('\n');
    mkdirSync(options.outDir, { recursive: true });
    writeFileSync(join(options.outDir, 'build.md'), page);
    console.log(`${table}\n\nsecond / first: ${ratio.toFixed(3)}×; blog post pages: ${blogPosts}; docs pages: ${docsPages}\nWritten: ${join(options.outDir, 'build.md')}`);
    return page;
  } finally {
    if (!options.keep) rmSync(workspace, { recursive: true, force: true });
  }
}
