import { execFileSync } from 'node:child_process';
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { fixtureCopy, runCli } from './helpers/cli.js';

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], { cwd: dir, encoding: 'utf8' });
}

/** The mixed fixture as a repository whose `main` holds the old typos. */
function repository(): string {
  const dir = fixtureCopy('mixed');
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'content');
  git(dir, 'checkout', '-q', '-b', 'feature');
  return dir;
}

interface Output {
  files: number;
  diagnostics: { file: string; line: number; ruleId: string }[];
}

test('--changed checks only the files changed since the ref', async () => {
  const dir = repository();
  appendFileSync(join(dir, 'content/blog/good.md'), '\nA new paragraph with a mistaek.\n');
  git(dir, 'commit', '-q', '-am', 'edit');
  const run = await runCli(['check', '--changed', 'main', '--format', 'json'], dir);
  const output = JSON.parse(run.stdout) as Output;
  expect(output.files).toBe(1);
  expect(output.diagnostics.map((d) => `${d.file}:${d.line} ${d.ruleId}`)).toEqual(['content/blog/good.md:14 spelling']);
  expect(run.code).toBe(1);
});

test('--changed also checks the files whose links point into a changed file', async () => {
  const dir = repository();
  // good.md links to typo.md: a change to typo.md can break that link, so good.md is checked too.
  appendFileSync(join(dir, 'content/blog/typo.md'), '\nOne more line.\n');
  const run = await runCli(['check', '--changed', 'main', '--format', 'json'], dir);
  const output = JSON.parse(run.stdout) as Output;
  expect(output.files).toBe(2);
  expect(output.diagnostics.map((d) => `${d.file}:${d.line} ${d.ruleId}`)).toEqual(['content/blog/typo.md:8 spelling']);
});

test('--changed without a ref compares with the merge base of the default branch, untracked files included', async () => {
  const dir = repository();
  writeFileSync(
    join(dir, 'content/docs/new-page.md'),
    '---\ntitle: A new page\ndescription: A page that is new in this branch.\n---\n\nThis page is new.\n',
  );
  const run = await runCli(['check', '--changed', '--format', 'json'], dir);
  expect(run.code).toBe(0);
  expect((JSON.parse(run.stdout) as Output).files).toBe(1);
});

test('--changed-lines keeps only findings on lines the change added, so an old typo does not block', async () => {
  const dir = repository();
  // typo.md has an old misspelling on line 8; the change adds one on a new line.
  appendFileSync(join(dir, 'content/blog/typo.md'), '\nConsumers in a group share the partitons.\n');
  const all = JSON.parse((await runCli(['check', '--changed', 'main', '--format', 'json'], dir)).stdout) as Output;
  expect(all.diagnostics.map((d) => d.line)).toEqual([8, 10]);
  const run = await runCli(['check', '--changed', 'main', '--changed-lines', '--format', 'json'], dir);
  expect((JSON.parse(run.stdout) as Output).diagnostics.map((d) => `${d.line} ${d.ruleId}`)).toEqual(['10 spelling']);
  expect(run.code).toBe(1);
});

test('an unknown ref is a usage error', async () => {
  const dir = repository();
  const run = await runCli(['check', '--changed=no-such-branch'], dir);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain('Unknown git revision no-such-branch');
});
