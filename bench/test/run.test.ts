import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import { defaultCorpusDir } from '../src/corpus.ts';

const run = promisify(execFile);
const outDir = mkdtempSync(join(tmpdir(), 'pressroom-bench-smoke-'));
const seed = `smoke-${process.pid}`;
afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(defaultCorpusDir(20, seed), { recursive: true, force: true });
});

it('runs pressroom check and cspell on a small corpus and prints one table with every target', async () => {
  const { stdout } = await run(
    process.execPath,
    [join(import.meta.dirname, '../src/run.ts'), '--sizes', '20', '--tools', 'pressroom,cspell', '--seed', seed, '--out-dir', outDir],
    { cwd: join(import.meta.dirname, '..'), maxBuffer: 16 * 1024 * 1024 },
  );
  const rows = stdout.split('\n').filter((line) => line.startsWith('| 20 |'));
  expect(rows.map((row) => row.split('|')[2]?.trim())).toEqual(['pressroom check (full, empty cache)', 'cspell --no-cache']);
  for (const row of rows) {
    expect(row).not.toContain('FAILED');
    // Every known misspelling of the corpus is in prose, where both tools look.
    expect(row).toMatch(/\| (\d+)\/\1 \(100%\) \|/);
  }
  const pressroomRow = rows[0] ?? '';
  expect(pressroomRow.split('|').slice(7, 10).every((cell) => /\d+\/\d+/.test(cell))).toBe(true);
  for (const target of ['full check vs pipeline', 'single-threaded parse floor', 'peak memory', 'recall', 'nothing changed', '--changed', 'linear growth', 'whole benchmark duration']) {
    expect(stdout).toMatch(new RegExp(`\\| [^|\\n]*${target.replace(/[-]/g, '\\-')}[^\\n]*\\| (met|\\*\\*not met\\*\\*) \\|`));
  }
  const page = readFileSync(join(outDir, 'results.md'), 'utf8');
  expect(page).toContain(rows[0]);
  expect(page).toMatch(/Node\.js v\d+/);
  const svg = readFileSync(join(outDir, 'results.svg'), 'utf8');
  expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  expect(svg.match(/<rect x=/g)).toHaveLength(2);
  expect(existsSync(defaultCorpusDir(20, seed))).toBe(false);
});
