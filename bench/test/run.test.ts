import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import { defaultCorpusDir } from '../src/corpus.ts';

const run = promisify(execFile);
// The test command built every package before the tests: no turbo run inside a test.
const outDirs: string[] = [];
const seed = `smoke-${process.pid}`;
afterAll(() => {
  for (const dir of outDirs) rmSync(dir, { recursive: true, force: true });
  rmSync(defaultCorpusDir(20, seed), { recursive: true, force: true });
  rmSync(defaultCorpusDir(20, seed, 'real'), { recursive: true, force: true });
});

async function bench(...args: string[]): Promise<{ stdout: string; outDir: string }> {
  if (!args.includes('--profiles')) args.push('--profiles', 'generated');
  const outDir = mkdtempSync(join(tmpdir(), 'pressroom-bench-smoke-'));
  outDirs.push(outDir);
  const { stdout } = await run(process.execPath, [join(import.meta.dirname, '../src/run.ts'), '--sizes', '20', '--seed', seed, '--out-dir', outDir, '--no-build-check', ...args], {
    cwd: join(import.meta.dirname, '..'),
    maxBuffer: 16 * 1024 * 1024,
  });
  return { stdout, outDir };
}

const rowsOf = (stdout: string) => stdout.split('\n').filter((line) => line.startsWith('| 20 |'));
const cells = (row: string) => row.split('|').map((cell) => cell.trim());
const targetNames = ['full check vs pipeline', 'single-threaded parse floor', 'peak memory', 'recall', 'nothing changed', '--changed', 'linear growth', 'whole benchmark duration'];

function expectEveryTarget(stdout: string): void {
  for (const target of targetNames) {
    expect(stdout).toMatch(new RegExp(`\\| [^|\\n]*${target.replace(/[-]/g, '\\-')}[^\\n]*\\| (met|\\*\\*not met\\*\\*) \\|`));
  }
}

it('runs pressroom check cold, warm and --changed, and cspell, on a small corpus and prints one table with every target', async () => {
  const { stdout, outDir } = await bench('--tools', 'pressroom,pressroom-warm,pressroom-changed,pressroom-changed-warm,cspell', '--repeat', '1');
  const rows = rowsOf(stdout);
  expect(rows.map((row) => cells(row)[2])).toEqual([
    'pressroom check (full, empty cache)',
    'pressroom check (nothing changed, warm cache)',
    'pressroom check --changed (1 post, empty cache)',
    "pressroom check --changed (1 post, main's warm cache)",
    'cspell --no-cache',
  ]);
  for (const row of rows) expect(row).not.toContain('FAILED');
  const [full = '', warm = '', changedCold = '', changedWarm = '', cspell = ''] = rows;
  // Every known misspelling of the corpus is in prose, where both tools look.
  for (const row of [full, warm, cspell]) expect(row).toMatch(/\| (\d+)\/\1 \(100%\) \|/);
  expect(cells(full).slice(7, 10).every((cell) => /^(\d+)\/\1 /.test(cell))).toBe(true);
  // The warm run is answered from the cache the full run left, and finds the same.
  const files = Number(/(\d+) of (\d+) files from the cache/.exec(full)?.[2]);
  expect(full).toContain(`0 of ${files} files from the cache`);
  expect(warm).toContain(`${files} of ${files} files from the cache`);
  expect(cells(warm).slice(7, 11)).toEqual(cells(full).slice(7, 11));
  // --changed checks the changed post and what links into it, from no cache and from main's.
  for (const row of [changedCold, changedWarm]) {
    expect(row).toMatch(/changed: content\/blog\/[\w-]+\.md/);
    const checked = Number(/checked (\d+) files/.exec(row)?.[1]);
    expect(checked).toBeGreaterThanOrEqual(1);
    expect(checked).toBeLessThan(files);
  }
  expect(changedCold).toMatch(/; 0 of \d+ files from the cache/);
  expect(changedWarm).not.toMatch(/; 0 of \d+ files from the cache/);
  expect(stdout).toMatch(/--changed with one changed post vs the full run, empty cache[^\n]*from main's warm cache: \d+\.\d\d×/);
  expectEveryTarget(stdout);

  const page = readFileSync(join(outDir, 'results.md'), 'utf8');
  expect(page).toContain(full);
  expect(page).toMatch(/Node\.js v\d+/);
  expect(page).toContain('The target is judged on the empty cache');
  const svg = readFileSync(join(outDir, 'results.svg'), 'utf8');
  expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  expect(svg.match(/<rect x=/g)).toHaveLength(5);
  expect(existsSync(defaultCorpusDir(20, seed))).toBe(false);
});

it('repeats the runs that feed a ratio and shows the median', async () => {
  const { stdout } = await bench('--tools', 'floor', '--repeat', '3', '--budget', '120');
  const [floor = ''] = rowsOf(stdout);
  const walls = /median of 3 runs \(([\d.]+), ([\d.]+), ([\d.]+) s\)/.exec(floor)?.slice(1).map(Number) ?? [];
  expect(walls).toHaveLength(3);
  expect(Number(cells(floor)[3])).toBe([...walls].sort((a, b) => a - b)[1]);
});

it('starts no run that its time budget cannot hold, and reports the targets that needed it as not met', async () => {
  const { stdout, outDir } = await bench('--tools', 'floor,pressroom,cspell', '--budget', '1');
  const rows = rowsOf(stdout);
  expect(rows).toHaveLength(3);
  for (const row of rows) expect(row).toContain('FAILED: not run: the 1 s budget was spent');
  expect(stdout).toMatch(/\| full check vs single-threaded parse floor[^\n]*pressroom at 20 posts: not run: the 1 s budget was spent[^\n]*\| \*\*not met\*\* \|/);
  expectEveryTarget(stdout);
  expect(readFileSync(join(outDir, 'results.svg'), 'utf8').match(/<rect x=/g)).toBeNull();
});

it('measures the real-like profile beside the generated one, with the same peers, on one page', async () => {
  const { stdout, outDir } = await bench('--profiles', 'generated,real', '--tools', 'pressroom,cspell', '--repeat', '1');
  const [generated = '', real = ''] = stdout.split('## real profile');
  for (const part of [generated, real]) {
    const rows = rowsOf(part);
    expect(rows.map((row) => cells(row)[2])).toEqual(['pressroom check (full, empty cache)', 'cspell --no-cache']);
    for (const row of rows) expect(row).not.toContain('FAILED');
  }
  // Every planted defect is found; the names are other findings, the same for both tools.
  const [full = '', cspell = ''] = rowsOf(real);
  expect(cells(full).slice(7, 10).every((cell) => /^(\d+)\/\1 /.test(cell))).toBe(true);
  expect(cspell).toMatch(/\| (\d+)\/\1 \(100%\) \|/);
  expect(Number(cells(full)[10])).toBeGreaterThan(100);
  expect(cells(full)[10]).toBe(cells(cspell)[10]);
  for (const target of ['full check vs cspell alone', 'full check vs pipeline', 'peak memory', "recall of the manifest's defects", 'linear growth: time each added post costs']) {
    expect(real).toMatch(new RegExp(`\\| ${target}[^\\n]*\\| (met|\\*\\*not met\\*\\*) \\|`));
  }
  expect(real).toMatch(/recall of the manifest's defects[^\n]*misspelling (\d+)\/\1; broken-file (\d+)\/\2; broken-anchor (\d+)\/\3 \|[^|]*\| met \|/);

  const page = readFileSync(join(outDir, 'results.md'), 'utf8');
  expect(page.indexOf('## Generated profile')).toBeGreaterThan(0);
  expect(page.indexOf('## Real-like profile')).toBeGreaterThan(page.indexOf('## Generated profile'));
  expect(page).toContain(full);
  expect(existsSync(join(outDir, 'results-real.svg'))).toBe(true);
  expect(existsSync(defaultCorpusDir(20, seed, 'real'))).toBe(false);
});
