import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { fixtureCopy, runCli } from '../helpers/cli.js';

const fromCache = (stderr: string) => Number(/\((\d+) of \d+ files from the cache\)/.exec(stderr)?.[1]);

test('a second run answers from the cache with the same findings; a changed file is checked again', async () => {
  const dir = fixtureCopy('mixed');
  const first = await runCli(['check', '--format', 'json', '--profile'], dir);
  expect(existsSync(join(dir, 'node_modules/.cache/pressroom/check.json'))).toBe(true);
  expect(fromCache(first.stderr)).toBe(0);
  const second = await runCli(['check', '--format', 'json', '--profile'], dir);
  expect(fromCache(second.stderr)).toBe(5);
  expect(second.stdout).toBe(first.stdout);
  expect(second.code).toBe(1);

  appendFileSync(join(dir, 'content/blog/good.md'), '\nA new mistaek.\n');
  const third = await runCli(['check', '--format', 'json', '--profile'], dir);
  expect(fromCache(third.stderr)).toBe(4);
  expect(third.stdout).toContain('`mistaek`');
});

test('changing the word list or the config invalidates the cache', async () => {
  const dir = fixtureCopy('mixed');
  expect((await runCli(['check', '--format', 'json'], dir)).stdout).toContain('`ofset`');
  writeFileSync(join(dir, 'cspell.config.yaml'), "version: '0.2'\nlanguage: en\nwords:\n  - Kafka\n  - ofset\n");
  const afterWords = await runCli(['check', '--format', 'json', '--profile'], dir);
  expect(fromCache(afterWords.stderr)).toBe(0);
  expect(afterWords.stdout).not.toContain('`ofset`');

  const configPath = join(dir, 'pressroom.config.json');
  const config = JSON.parse((await import('node:fs')).readFileSync(configPath, 'utf8')) as Record<string, unknown>;
  writeFileSync(configPath, JSON.stringify({ ...config, checks: { rules: { 'security-script': 'off' } } }));
  const afterConfig = await runCli(['check', '--format', 'json', '--profile'], dir);
  expect(fromCache(afterConfig.stderr)).toBe(0);
  expect(afterConfig.stdout).not.toContain('security-script');
});

test('a corrupt cache file is discarded with a warning, never a crash; --no-cache ignores it', async () => {
  const dir = fixtureCopy('mixed');
  const reference = await runCli(['check', '--format', 'json', '--no-cache'], dir);
  expect(existsSync(join(dir, 'node_modules/.cache/pressroom/check.json'))).toBe(false);
  await runCli(['check', '--format', 'json'], dir);
  writeFileSync(join(dir, 'node_modules/.cache/pressroom/check.json'), '{"version":1,"entr');
  const run = await runCli(['check', '--format', 'json'], dir);
  expect(run.stderr).toMatch(/pressroom: Discarded the unreadable cache .*check\.json/);
  expect(run.stdout).toBe(reference.stdout);
});

test('a cache location that cannot be read or written is a warning: the findings still print, with the exit code they call for', async () => {
  const dir = fixtureCopy('mixed');
  const expected = await runCli(['check', '--no-cache', '--format', 'json'], dir);
  // A file where the cache's folder should be: neither reading nor writing the cache can work.
  mkdirSync(join(dir, 'node_modules/.cache'), { recursive: true });
  writeFileSync(join(dir, 'node_modules/.cache/pressroom'), 'not a folder\n');
  for (const format of ['json', 'stylish']) {
    const run = await runCli(['check', '--format', format], dir);
    expect(run.code, format).toBe(1);
    expect(run.stderr, format).not.toContain('internal error');
    expect(run.stderr, format).toMatch(/^pressroom: Cannot read the cache .*check\.json \(ENOTDIR\); the run goes on without it$/m);
    expect(run.stderr, format).toMatch(/^pressroom: Cannot write the cache .*check\.json \((EEXIST|ENOTDIR)\); the next run checks every file again$/m);
    if (format === 'json') expect(run.stdout).toBe(expected.stdout);
    else expect(run.stdout).toMatch(/^5 files checked: 3 errors, 3 warnings in /m);
  }
  expect(readFileSync(join(dir, 'node_modules/.cache/pressroom'), 'utf8')).toBe('not a folder\n');
});
