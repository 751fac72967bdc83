import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { repoRoot } from '../helpers/config.js';
import { jsonReport, runCli, temporaryDir, type CliRun } from '../helpers/cli.js';

const fromCache = (stderr: string) => Number(/\((\d+) of \d+ files from the cache\)/.exec(stderr)?.[1]);

/** A generated corpus with known broken links, anchors and misspellings. */
function corpus(name: string, posts = 40): string {
  const dir = temporaryDir(name);
  // The bench's generator, run as its own command (its sources are not part of this package).
  execFileSync(process.execPath, [join(repoRoot, 'bench/src/corpus.ts'), '--posts', String(posts), '--seed', name, '--out', dir], { stdio: 'ignore' });
  return dir;
}

/** Sets `checks` keys in the corpus's `pressroom.config.json`. */
function configureChecks(dir: string, checks: Record<string, unknown>): void {
  const configPath = join(dir, 'pressroom.config.json');
  const config = JSON.parse(readFileSync(configPath, 'utf8')) as { checks?: Record<string, unknown> };
  writeFileSync(configPath, JSON.stringify({ ...config, checks: { ...config.checks, ...checks } }));
}

/** Lists nested 95 levels deep, under every shape limit, each block costing the parser a good second. */
function slowNestedLists(): string {
  let list = '';
  for (let level = 0; level < 95; level++) list += `${'  '.repeat(level)}- level ${level}\n`;
  let slow = '---\ntitle: Slow\n---\n\n';
  for (let block = 0; block < 40; block++) slow += `${list}\nParagraph ${block}.\n\n`;
  return slow;
}

/** The run's findings in `file` as `line ruleId message-head`, and its findings elsewhere. */
function splitFindings(run: CliRun, file: string) {
  const { diagnostics } = jsonReport(run);
  return {
    inFile: diagnostics.filter((diagnostic) => diagnostic.file === file).map((d) => `${d.line} ${d.ruleId} ${d.message.split(':')[0]}`),
    elsewhere: diagnostics.filter((diagnostic) => diagnostic.file !== file),
  };
}

const tooSlow = '1 input-too-complex Unexpected file that took more than 1 s of CPU time to check, expected at most 1 s (checks.maxFileSeconds)';

test('worker threads report exactly what one thread reports, and the cache they fill answers the same', async () => {
  const dir = corpus('workers');
  const oneThread = await runCli(['check', '--no-cache', '--format', 'json'], dir, { PRESSROOM_WORKERS: '0' });
  const twoThreads = await runCli(['check', '--format', 'json', '--profile'], dir, { PRESSROOM_WORKERS: '2' });
  expect(twoThreads.stderr).toContain('workers (2, wall)');
  expect(oneThread.code).toBe(1);
  expect(twoThreads.code).toBe(1);
  expect(twoThreads.stdout).toBe(oneThread.stdout);

  const rules = new Set(jsonReport(oneThread).diagnostics.map((d) => d.ruleId));
  // The comparison means something only if every kind of finding is in it.
  for (const ruleId of ['spelling', 'link-missing-file', 'link-missing-anchor']) expect(rules).toContain(ruleId);

  const warm = await runCli(['check', '--format', 'json', '--profile'], dir, { PRESSROOM_WORKERS: '2' });
  expect(fromCache(warm.stderr)).toBeGreaterThan(40);
  expect(warm.stderr).not.toContain('workers (');
  expect(warm.stdout).toBe(oneThread.stdout);
  // Every word was judged by the cold run: the warm one never loads the dictionaries.
  expect(phase(twoThreads.stderr, 'dictionaries: load (elapsed)')).toBeGreaterThan(0);
  expect(phase(warm.stderr, 'dictionaries: load (elapsed)')).toBeUndefined();
});

const phase = (stderr: string, name: string) => {
  const row = stderr.split('\n').find((line) => line.trimStart().startsWith(`${name} `));
  return row === undefined ? undefined : Number(/([\d.]+) ms$/.exec(row)?.[1]);
};

test('--profile on worker threads counts spelling work, not the time files spend waiting for the dictionaries', async () => {
  const dir = corpus('workers-profile');
  const run = await runCli(['check', '--no-cache', '--format', 'json', '--profile'], dir, { PRESSROOM_WORKERS: '2' });
  const wall = phase(run.stderr, 'workers (2, wall)')!;
  const load = phase(run.stderr, 'dictionaries: load (elapsed)')!;
  expect(wall).toBeGreaterThan(0);
  // The workers parse while the main thread loads; every file's spelling waits for that load.
  expect(load).toBeGreaterThan(0);
  // A per-file phase adds up the workers' time, so two workers cannot spend more than twice the
  // wall time on it; counting each file's wait for the dictionaries would go far past that.
  for (const name of ['parse', 'spelling']) expect(phase(run.stderr, name)).toBeLessThanOrEqual(2 * wall);
});

test('dictionaries that do not load stop a run on worker threads with the cause, exit code 2', async () => {
  const dir = corpus('workers-broken-dictionary');
  // Every dictionary that knows English words turned off: cspell then knows none.
  const off = ['en_us', 'en-gb', 'companies', 'softwareTerms', 'en-common-misspellings', 'public-licenses', 'cryptocurrencies', 'software-terms', 'web-services', 'npm', 'html', 'filetypes', 'computing-acronyms', 'aws', 'coding-compound-terms', 'software-tools', 'software-term-suggestions'];
  writeFileSync(join(dir, 'cspell.config.yaml'), `version: '0.2'\nlanguage: en\ndictionaries: [${off.map((name) => `'!${name}'`).join(', ')}]\n`);
  const run = await runCli(['check', '--no-cache', '--format', 'json'], dir, { PRESSROOM_WORKERS: '2' });
  expect(run.code).toBe(2);
  expect(run.stderr).toContain('The spelling dictionaries did not load');
});

test('a file too big for a worker\'s heap gets one input-too-complex finding, and every other file what one thread reports', async () => {
  const dir = corpus('workers-big-file', 6);
  const oneThread = await runCli(['check', '--no-cache', '--format', 'json'], dir, { PRESSROOM_WORKERS: '0' });
  // Hundreds of thousands of links, a paragraph each (one paragraph of them is too dense to
  // parse): far more tree than a worker's bounded heap holds.
  const line = 'See [the page](./missing.md) and [more](#nowhere) here.\n\n';
  writeFileSync(join(dir, 'content/docs/big.md'), `---\ntitle: Big\n---\n\n${line.repeat(Math.ceil(900_000 / line.length))}`);
  const workers = await runCli(['check', '--no-cache', '--format', 'json', '--profile'], dir, { PRESSROOM_WORKERS: '2', PRESSROOM_WORKER_HEAP_MB: '128' });
  // The files the worker held are checked again one at a time, in workers: this thread has no bound.
  expect(workers.stderr).toMatch(/workers \(\d+ files one at a time, after a worker ran out of memory, wall\)/);
  expect(workers.code).toBe(1);
  const { inFile, elsewhere } = splitFindings(workers, 'content/docs/big.md');
  expect(inFile).toEqual(['1 input-too-complex Unexpected file that needed more than 128 MB of memory to check, expected at most 128 MB (PRESSROOM_WORKER_HEAP_MB)']);
  expect(elsewhere).toEqual(jsonReport(oneThread).diagnostics);
});

test('a file that holds a worker past checks.maxFileSeconds of CPU time gets one input-too-complex finding, and the run goes on', async () => {
  const dir = corpus('workers-slow-file');
  configureChecks(dir, { maxFileSeconds: 1 });
  const oneThread = await runCli(['check', '--no-cache', '--format', 'json'], dir, { PRESSROOM_WORKERS: '0' });
  writeFileSync(join(dir, 'content/docs/slow.md'), slowNestedLists());
  const workers = await runCli(['check', '--no-cache', '--format', 'json'], dir, { PRESSROOM_WORKERS: '2' });
  expect(workers.code).toBe(oneThread.code);
  const { inFile, elsewhere } = splitFindings(workers, 'content/docs/slow.md');
  expect(inFile).toEqual([tooSlow]);
  expect(elsewhere).toEqual(jsonReport(oneThread).diagnostics);
});

test('on worker threads each file is counted once as done', async () => {
  const dir = corpus('workers-progress');
  // The bundle, where worker threads exist; typed by the sources it is built from.
  const bundle = new URL('../../dist/index.js', import.meta.url).href;
  const { check, loadConfig } = (await import(bundle)) as typeof import('../../src/index.js');
  const seen: [number, number][] = [];
  const previous = process.env.PRESSROOM_WORKERS;
  process.env.PRESSROOM_WORKERS = '2';
  try {
    const result = await check({ config: loadConfig(dir), cwd: dir, cache: false, onProgress: (done, total) => seen.push([done, total]) });
    const total = result.files.length;
    expect(total).toBeGreaterThan(40);
    expect(seen).toEqual(Array.from({ length: total }, (_, index) => [index + 1, total]));
    expect(result.timings.get('workers (2, wall)')).toBeGreaterThan(0);
  } finally {
    if (previous === undefined) delete process.env.PRESSROOM_WORKERS;
    else process.env.PRESSROOM_WORKERS = previous;
  }
});

test('a middling run checks its files in workers and reports what one thread reports', async () => {
  const dir = corpus('workers-beside-main', 260);
  const oneThread = await runCli(['check', '--no-cache', '--format', 'json'], dir, { PRESSROOM_WORKERS: '0' });
  const beside = await runCli(['check', '--no-cache', '--format', 'json', '--profile'], dir);
  expect(beside.stderr).toMatch(new RegExp(`workers \\(${Math.min(availableParallelism(), 3)}, wall\\)`));
  expect(beside.code).toBe(oneThread.code);
  const report = jsonReport(beside);
  expect(report.files).toBeGreaterThan(250);
  expect(report.diagnostics.length).toBeGreaterThan(250);
  expect(beside.stdout).toBe(oneThread.stdout);
});

test('in a small run, a large file that holds its worker past checks.maxFileSeconds gets one input-too-complex finding', async () => {
  const dir = corpus('small-run-slow-file', 6);
  configureChecks(dir, { maxFileSeconds: 1 });
  const before = await runCli(['check', '--no-cache', '--format', 'json'], dir, { PRESSROOM_WORKERS: undefined });
  // The same slow shape as above, in a run of a few files.
  writeFileSync(join(dir, 'content/docs/slow.md'), slowNestedLists());
  const run = await runCli(['check', '--no-cache', '--format', 'json', '--profile'], dir, { PRESSROOM_WORKERS: undefined });
  expect(run.stderr).toMatch(/workers \(1, wall\)/);
  const { inFile, elsewhere } = splitFindings(run, 'content/docs/slow.md');
  expect(inFile).toEqual([tooSlow]);
  expect(elsewhere).toEqual(jsonReport(before).diagnostics);
});

test('in a small run, a small file built to be slow gets one input-too-complex finding past checks.maxFileSeconds, and the run goes on', async () => {
  const dir = corpus('small-run-small-slow-file', 6);
  configureChecks(dir, { maxFileSeconds: 1 });
  const before = await runCli(['check', '--no-cache', '--format', 'json'], dir, { PRESSROOM_WORKERS: undefined });
  // Under 128 KB and within every input limit (one short block quote after another), yet the
  // parser takes many seconds over it, its work growing with the square of the number of quotes:
  // the files of a small run used to be checked in the main thread, unbounded.
  const slow = `---\ntitle: Slow\n---\n\n${'> a\n\n'.repeat(8_000)}`;
  expect(slow.length).toBeLessThan(128 * 1024);
  writeFileSync(join(dir, 'content/docs/slow.md'), slow);
  const run = await runCli(['check', '--no-cache', '--format', 'json', '--profile'], dir, { PRESSROOM_WORKERS: undefined });
  expect(run.stderr).toMatch(/workers \(1, wall\)/);
  const { inFile, elsewhere } = splitFindings(run, 'content/docs/slow.md');
  expect(inFile).toEqual([tooSlow]);
  expect(elsewhere).toEqual(jsonReport(before).diagnostics);
});

test('with PRESSROOM_WORKERS=0 too, a file past checks.maxFileSeconds gets one input-too-complex finding in a worker, and the run goes on', async () => {
  const dir = corpus('no-workers-slow-file', 6);
  configureChecks(dir, { maxFileSeconds: 1 });
  const before = await runCli(['check', '--no-cache', '--format', 'json'], dir, { PRESSROOM_WORKERS: '0' });
  // A line that only looks like a fence (its info string holds a backtick) before nesting under
  // every shape limit: checked in the main thread, nothing would stop it.
  writeFileSync(join(dir, 'content/docs/slow.md'), slowNestedLists().replace('---\n\n', '---\n\n``` `x\n\n'));
  const run = await runCli(['check', '--no-cache', '--format', 'json', '--profile'], dir, { PRESSROOM_WORKERS: '0' });
  expect(run.stderr).toMatch(/workers \(1, wall\)/);
  expect(run.code).toBe(before.code);
  const { inFile, elsewhere } = splitFindings(run, 'content/docs/slow.md');
  expect(inFile).toEqual([tooSlow]);
  expect(elsewhere).toEqual(jsonReport(before).diagnostics);
  expect(elsewhere.length).toBeGreaterThan(0);
});
