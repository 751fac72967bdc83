import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { breakdownRows, siteExtras } from '../src/build-breakdown.ts';
import { breakdownNotes, breakdownTable, buildPage, buildSectionEnd, buildSectionStart, buildTargets, readBuildResults, withBuildSection, withEarlierRows, type BuildResults } from '../src/build-report.ts';
import { lastAstroPhase } from '../src/build.ts';

const run = promisify(execFile);
const outDirs: string[] = [];
afterAll(() => {
  for (const dir of outDirs) rmSync(dir, { recursive: true, force: true });
});

const fixture = (name: string) => readBuildResults(join(import.meta.dirname, 'fixtures/build', `${name}.json`)) as BuildResults;
const statusOf = (results: BuildResults, name: string) => buildTargets(results).find((target) => target.name.startsWith(name))?.status;

describe('build report', () => {
  it('judges time per page against the floor, memory against 8 GB, and the second build by the cards it drew', () => {
    const results = fixture('met');
    expect(statusOf(results, 'both sites build')).toBe('met');
    expect(statusOf(results, 'blog: time per page')).toBe('met');
    expect(buildTargets(results).find((target) => target.name.startsWith('blog: time per page'))?.measured).toMatch(/^1\.20× \(240\.0 vs 200\.0 ms a page; CPU 1\.11×\)$/);
    expect(statusOf(results, 'docs: time per page')).toBe('met');
    expect(statusOf(results, 'blog: peak memory')).toBe('met');
    expect(statusOf(results, 'docs: peak memory')).toBe('**not met**');
    expect(statusOf(results, 'blog: second build')).toBe('met');
  });

  it('says what did not run and why instead of judging it', () => {
    const results = fixture('stopped');
    expect(statusOf(results, 'blog: time per page')).toBe('**not met**');
    expect(statusOf(results, 'docs: time per page')).toMatch(/^not measured: docs \(astro build\): stopped \(stopped at the end of the budget\); docs floor .*: not run \(no time left in the budget\)$/);
    expect(statusOf(results, 'docs: peak memory')).toMatch(/^not measured: docs \(astro build\): stopped/);
    expect(statusOf(results, 'both sites build')).toMatch(/^not measured: docs \(astro build\): stopped/);
    expect(statusOf(results, 'blog: second build')).toMatch(/^not measured: .*not run \(no time left in the budget\)$/);
    const page = buildPage(results);
    expect(page).toContain('**The run did not complete every build');
    expect(page).toContain('| docs (astro build) | 200 | 80 | > 100.00 | — | — | — | — | — | STOPPED: stopped at the end of the budget |');
  });

  it('keeps the rows of the sites a run left out from the run that built them, with their own date and load', () => {
    const earlier = fixture('met');
    const blogOnly: BuildResults = {
      ...fixture('stopped'),
      corpus: { ...earlier.corpus },
      date: '2026-02-03T04:05:06Z',
      sitesRun: ['blog'],
      steps: fixture('stopped').steps.map((step) => (step.site === 'docs' ? { ...step, status: 'not run', note: 'left out by --sites' } : { ...step, pages: earlier.corpus.posts, date: '2026-02-03T04:05:06Z', load: { start: [7, 6, 5], end: [8, 7, 6] } })),
    };
    const merged = withEarlierRows(blogOnly, earlier);
    const docs = merged.steps.filter((step) => step.site === 'docs');
    expect(docs).toEqual(earlier.steps.filter((step) => step.site === 'docs').map((step) => ({ ...step, date: earlier.date, load: earlier.load })));
    expect(merged.steps.filter((step) => step.site === 'blog')).toEqual(blogOnly.steps.filter((step) => step.site === 'blog'));
    // The blog's second build belongs to the blog, which this run built.
    expect(merged.og).toEqual(blogOnly.og);
    const page = buildPage(merged);
    expect(page).toMatch(/\| docs floor \(astro build, no Pressroom\) \| 40 \|.*\| 2026-01-02 03:04Z, load 1\.0→1\.0 \|  \|/);
    expect(page).toMatch(/\| blog \(astro build\) \| 100 \|.*\| 2026-02-03 04:05Z, load 7\.0→8\.0 \|  \|/);
    expect(page).toContain('This run built only the blog (`--sites blog`): the docs rows are kept from the run of 2026-01-02 03:04Z.');
    // Another seed, or another number of docs pages: nothing comparable to keep.
    expect(withEarlierRows(blogOnly, { ...earlier, corpus: { ...earlier.corpus, seed: 'other' } }).steps.filter((step) => step.site === 'docs').map((step) => step.status)).toEqual(['not run', 'not run']);
    expect(withEarlierRows({ ...blogOnly, corpus: { ...blogOnly.corpus, docsPages: 12 } }, earlier).steps.filter((step) => step.site === 'docs').map((step) => step.status)).toEqual(['not run', 'not run']);
  });

  it("names the last phase Astro logged, down to the route it was generating", () => {
    const log = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures/build', name), 'utf8');
    expect(lastAstroPhase(log('astro-stopped.log'))).toBe('09:17:07 generating static routes: /posts/second-post/og.png');
    expect(lastAstroPhase(log('astro-bundling.log'))).toBe('09:15:41 [build] Building static entrypoints...');
    expect(lastAstroPhase('09:20:00 ▶ src/pages/tags/[tag].astro\n')).toBe('09:20:00 generating static routes: src/pages/tags/[tag].astro');
    expect(lastAstroPhase('')).toBeUndefined();
  });

  it('compares time per HTML page written when a site writes more pages than its floor', () => {
    const notes = buildPage(fixture('met'));
    expect(notes).toContain('The blog wrote 130 HTML pages for 100 content pages, its floor 100: per HTML page written, the blog took 0.92× the floor\'s wall time (CPU 0.85×).');
    expect(notes).toContain('The docs wrote 40 HTML pages for 40 content pages, its floor 41: per HTML page written, the docs took 1.28× the floor\'s wall time (CPU 1.33×).');
    // A build that did not complete has no time per page to compare.
    expect(buildPage(fixture('stopped'))).not.toContain('The docs wrote');
  });

  it('writes the pages again from build.json alone with --report-only', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'pressroom-bench-report-'));
    outDirs.push(outDir);
    writeFileSync(join(outDir, 'build.json'), readFileSync(join(import.meta.dirname, 'fixtures/build/stopped.json')));
    writeFileSync(join(outDir, 'results.md'), '# Benchmarks\n');
    await run(process.execPath, [join(import.meta.dirname, '../src/run.ts'), '--build', '--report-only', '--out-dir', outDir]);
    expect(readFileSync(join(outDir, 'build.md'), 'utf8')).toBe(buildPage(fixture('stopped')));
    expect(readFileSync(join(outDir, 'results.md'), 'utf8')).toBe(withBuildSection('# Benchmarks\n', fixture('stopped')));
  });

  it('replaces its own section of a results page and keeps the rest, or adds it at the end', () => {
    const page = '# Benchmarks\n\nThe check results.\n';
    const once = withBuildSection(page, fixture('stopped'));
    expect(once.startsWith(page)).toBe(true);
    expect(once).toContain('## Site build at 1,000 posts and 200 docs pages');
    const twice = withBuildSection(`${once}\n## Later section\n`, fixture('met'));
    expect(twice).not.toContain('1,000 posts');
    expect(twice).toContain('## Site build at 100 posts and 40 docs pages');
    expect(twice).toContain('## Later section');
    expect(twice.split(buildSectionStart)).toHaveLength(2);
    expect(twice.split(buildSectionEnd)).toHaveLength(2);
  });
});

describe('build breakdown', () => {
  it('compares each build with the site as it is and, per page, with the floor, and says what each extra saved', () => {
    const { breakdown } = fixture('breakdown');
    const table = breakdownTable(breakdown!);
    expect(table).toContain('| blog without og | og | 18 | 30.00 | 21.00 | 1000 | −10.0 / −9.0 / −200 | 1.50× / 2.10× | 2026-01-05 06:07Z, load 2.0→3.0 |  |');
    expect(table).toContain('| blog as it is | nothing | 18 | 40.00 | 30.00 | 1200 | — | 2.00× / 3.00× |');
    expect(table).toContain('| docs as it is | nothing | — | — | — | — | — | — | — | FAILED: exit 1: Unexpected error |');
    const notes = breakdownNotes(breakdown!);
    expect(notes).toContain('The blog\'s extras: **og**, the share cards; **twins**, the Markdown twins.');
    expect(notes.find((note) => note.startsWith('The blog as it is'))).toMatch(
      /^The blog as it is took 30\.0 s of CPU, 20\.0 s beyond its floor's 10\.0 s; switching off one extra at a time saved og 9\.0 s \(45%\) and 200 MB of peak; twins 2\.0 s \(10%\) and 100 MB of peak\. With all of them off it still took 6\.0 s of CPU beyond the floor \(30%\), 1\.20× the floor's wall time per page \(CPU 1\.60×\)/,
    );
    // A site whose own build failed is not compared.
    expect(notes).toContain("The docs' breakdown is not complete: the site as it is or its floor did not build, so nothing is compared.");
  });

  it('goes on both pages, and a full run keeps it', () => {
    const results = fixture('breakdown');
    expect(buildPage(results)).toContain('## Breakdown at 10 posts and 5 docs pages');
    expect(buildPage(results)).toContain('with `node bench/src/run.ts --build --breakdown --posts 10 --docs-pages 5`');
    const section = withBuildSection('# Benchmarks\n', results);
    expect(section).toContain('### Breakdown at 10 posts and 5 docs pages');
    expect(section).toContain('| blog without og | og |');
    expect(buildPage(fixture('met'))).not.toContain('Breakdown');
    // The floor at the breakdown's size beside the full-size floor (met.json: 100 posts, 18 s of CPU).
    expect(buildPage(results)).toContain("The blog's floor took 1000.0 ms of CPU a page at 10 pages here, 180.0 ms at 100 in the rows above");
  });

  it('lists each site as it is, without each extra, without all, and its floor', () => {
    expect(breakdownRows('blog', 10).map((row) => [row.label, row.variant, row.without.join(',')])).toEqual([
      ['blog as it is', 'pressroom', ''],
      ['blog without og', 'pressroom', 'og'],
      ['blog without twins', 'pressroom', 'twins'],
      ['blog without pagefind', 'pressroom', 'pagefind'],
      ['blog without lists', 'pressroom', 'lists'],
      ['blog without plugins', 'pressroom', 'plugins'],
      ['blog without unified', 'pressroom', 'unified'],
      ['blog without any of them', 'pressroom', 'og,twins,pagefind,lists,plugins,unified'],
      ['blog floor', 'floor', ''],
    ]);
  });

  // The switches edit a copy of the apps as they are now: one that no longer finds its file fails here first.
  it.each(['blog', 'docs'] as const)('switches off each extra of the %s in a copy of the app', (site) => {
    const workspace = mkdtempSync(join(tmpdir(), 'pressroom-bench-breakdown-'));
    outDirs.push(workspace);
    const root = join(import.meta.dirname, '../..');
    const app = join(workspace, 'apps', site);
    for (const entry of ['src', 'astro.config.mjs']) cpSync(join(root, 'apps', site, entry), join(app, entry), { recursive: true });
    cpSync(join(root, 'pressroom.config.json'), join(workspace, 'pressroom.config.json'));
    const config = () => readFileSync(join(app, 'astro.config.mjs'), 'utf8');
    const before = config();
    const extra = (name: string) => siteExtras[site].find((candidate) => candidate.name === name);
    // The plugins off, the unified pipeline kept; then Astro's default processor, as the floor's.
    extra('plugins')?.switchOff(app, workspace);
    expect(config()).toMatch(/^ {4}processor: unified\(\),$/m);
    expect(config()).not.toContain('pressroomMarkdown(');
    for (const other of siteExtras[site].filter((candidate) => candidate.name !== 'plugins')) other.switchOff(app, workspace);
    expect(existsSync(join(app, site === 'blog' ? 'src/pages/posts/[...slug]/og.png.ts' : 'src/pages/[...slug]/og.png.ts'))).toBe(false);
    expect(existsSync(join(app, site === 'blog' ? 'src/pages/posts/[...slug].md.ts' : 'src/pages/[...slug].md.ts'))).toBe(false);
    expect(existsSync(join(app, 'src/pages/llms-full.txt.ts'))).toBe(false);
    expect(before).toContain('processor: unified(');
    expect(config()).not.toContain('processor:');
    expect(config()).not.toContain('pagefindIndex()');
    // The rest of the config is as it was: the import of the plugins stays, unused.
    expect(config()).toContain("import { pressroomMarkdown } from '@pressroom/markdown';");
    if (site === 'blog') expect(existsSync(join(app, 'src/pages/tags'))).toBe(false);
    if (site === 'docs') expect(JSON.parse(readFileSync(join(workspace, 'pressroom.config.json'), 'utf8')).sites.docs.locales).toBeUndefined();
    // Twice is an error: the bench says which switch no longer applies.
    expect(() => siteExtras[site][0]?.switchOff(app, workspace)).toThrow(/^--breakdown: src\/pages\/.*og\.png\.ts is not in the app any more/);
  });
});

// Both sites and their floors built for real, at a tiny size, one site a run; the packages were built before the tests.
it('builds the docs, then the blog and its second build on their own, keeping the docs rows, drawing one card', { timeout: 900_000 }, async () => {
  const outDir = mkdtempSync(join(tmpdir(), 'pressroom-bench-build-'));
  outDirs.push(outDir);
  writeFileSync(join(outDir, 'results.md'), '# Benchmarks\n\nThe check results.\n');
  const bench = (sites: string) =>
    run(process.execPath, [join(import.meta.dirname, '../src/run.ts'), '--build', '--sites', sites, '--posts', '3', '--docs-pages', '15', '--seed', `build-${process.pid}`, '--out-dir', outDir], {
      cwd: join(import.meta.dirname, '..'),
      maxBuffer: 16 * 1024 * 1024,
    });
  await bench('docs');
  const docsRun = readBuildResults(join(outDir, 'build.json')) as BuildResults;
  expect(docsRun.steps.map((step) => [step.label, step.status])).toEqual([
    ['blog (astro build)', 'not run'],
    ['blog floor (astro build, no Pressroom)', 'not run'],
    ['docs (astro build)', 'ok'],
    ['docs floor (astro build, no Pressroom)', 'ok'],
  ]);
  expect(docsRun.complete).toBe(false);
  const { stdout } = await bench('blog');
  const results = readBuildResults(join(outDir, 'build.json')) as BuildResults;
  expect(results.sitesRun).toEqual(['blog']);
  expect(results.steps.map((step) => [step.label, step.status, step.pages])).toEqual([
    ['blog (astro build)', 'ok', 3],
    ['blog floor (astro build, no Pressroom)', 'ok', 3],
    ['docs (astro build)', 'ok', 15],
    ['docs floor (astro build, no Pressroom)', 'ok', 15],
  ]);
  // The docs rows are the first run's, as it measured them.
  expect(results.steps.filter((step) => step.site === 'docs')).toEqual(docsRun.steps.filter((step) => step.site === 'docs'));
  for (const step of results.steps) {
    expect(step.htmlPages, step.label).toBeGreaterThanOrEqual(step.pages);
    expect(step.cpu, step.label).toBeGreaterThan(0);
    expect(step.peakMb, step.label).toBeGreaterThan(0);
    expect(step.date, step.label).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(step.load?.start, step.label).toHaveLength(3);
    expect(step.lastPhase, step.label).toMatch(/\[build\] /);
  }
  expect(results.steps.filter((step) => step.site === 'blog').every((step) => (step.date as string) >= docsRun.date)).toBe(true);
  // The blog draws a card per post and one for the site; the floor draws none.
  expect(results.og.cardsAfterFirstBuild).toBe(4);
  expect(results.og.rebuild?.status).toBe('ok');
  expect(results.og.drawn).toBe(1);
  // A one-site run builds the blog's second build before its floor, which an earlier run can stand in for.
  const blogFloor = results.steps.find((step) => step.site === 'blog' && step.variant === 'floor');
  expect(results.og.rebuild?.date as string).toMatch(/^\d{4}-/);
  expect((results.og.rebuild?.date as string) <= (blogFloor?.date as string)).toBe(true);
  expect(results.complete).toBe(true);
  expect(stdout).toMatch(/\| blog: second build after editing one post \| 1 card drawn \(the first build drew 4\) \| one card drawn \| met \|/);
  expect(readFileSync(join(outDir, 'build.md'), 'utf8')).toBe(buildPage(results));
  expect(readFileSync(join(outDir, 'results.md'), 'utf8')).toBe(withBuildSection('# Benchmarks\n\nThe check results.\n', results));
});

// Every switched-off blog built for real at a tiny size: each must still build, and the rows there stay.
it('breaks the blog down beside the rows of an earlier run, each build cold and complete', { timeout: 900_000 }, async () => {
  const outDir = mkdtempSync(join(tmpdir(), 'pressroom-bench-breakdown-'));
  outDirs.push(outDir);
  writeFileSync(join(outDir, 'build.json'), readFileSync(join(import.meta.dirname, 'fixtures/build/met.json')));
  writeFileSync(join(outDir, 'results.md'), '# Benchmarks\n');
  const { stdout } = await run(process.execPath, [join(import.meta.dirname, '../src/run.ts'), '--build', '--breakdown', '--sites', 'blog', '--posts', '3', '--docs-pages', '15', '--seed', `breakdown-${process.pid}`, '--out-dir', outDir], {
    cwd: join(import.meta.dirname, '..'),
    maxBuffer: 16 * 1024 * 1024,
  });
  const results = readBuildResults(join(outDir, 'build.json')) as BuildResults;
  const { breakdown, ...rest } = results;
  expect(rest).toEqual(fixture('met'));
  expect(breakdown?.command).toBe(`node bench/src/run.ts --build --breakdown --sites blog --posts 3 --docs-pages 15 --seed breakdown-${process.pid} --out-dir ${outDir}`);
  const rows = new Map(breakdown?.rows.map((row) => [row.label, row]));
  expect([...rows.values()].map((row) => [row.label, row.status])).toEqual(breakdownRows('blog', 3).map((row) => [row.label, 'ok']));
  // The lists are pages of their own; the floor writes one page a post.
  expect(rows.get('blog without lists')?.htmlPages).toBeLessThan(rows.get('blog as it is')?.htmlPages as number);
  expect(rows.get('blog without og')?.htmlPages).toBe(rows.get('blog as it is')?.htmlPages);
  expect(rows.get('blog floor')?.htmlPages).toBe(3);
  expect(stdout).toContain('| blog without pagefind | pagefind |');
  expect(readFileSync(join(outDir, 'build.md'), 'utf8')).toBe(buildPage(results));
  expect(readFileSync(join(outDir, 'results.md'), 'utf8')).toContain('### Breakdown at 3 posts and 15 docs pages');
});
