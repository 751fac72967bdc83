import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { runCli, temporaryDir } from '../helpers/cli.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/fix/${name}`, import.meta.url));

function fixDir(): string {
  const dir = temporaryDir('fix');
  mkdirSync(join(dir, 'content/blog'), { recursive: true });
  copyFileSync(fixture('pressroom.config.json'), join(dir, 'pressroom.config.json'));
  copyFileSync(fixture('cspell.config.yaml'), join(dir, 'cspell.config.yaml'));
  copyFileSync(fixture('input.md'), join(dir, 'content/blog/post.md'));
  return dir;
}

test('--fix applies the style fixes only, keeping the BOM, CRLF line endings and every other byte', async () => {
  const dir = fixDir();
  const run = await runCli(['check', '--fix'], dir);
  expect(run.stdout).toMatch(/\(3 fixed\)/);
  // The misspelling is still an error: --fix alone does not touch words.
  expect(run.code).toBe(1);
  expect(readFileSync(join(dir, 'content/blog/post.md'))).toEqual(readFileSync(fixture('expected-style.md')));
});

test('--fix=spelling also applies a single-suggestion spelling fix', async () => {
  const dir = fixDir();
  const run = await runCli(['check', '--fix=spelling'], dir);
  expect(run.stdout).toMatch(/\(4 fixed\)/);
  expect(run.code).toBe(0);
  expect(readFileSync(join(dir, 'content/blog/post.md'))).toEqual(readFileSync(fixture('expected-spelling.md')));
});

test('the hard break (two trailing spaces before a line) is neither reported nor removed', async () => {
  const dir = fixDir();
  await runCli(['check', '--fix=spelling'], dir);
  const after = await runCli(['check', '--format', 'json'], dir);
  const findings = (JSON.parse(after.stdout) as { diagnostics: { ruleId: string; line: number }[] }).diagnostics;
  expect(findings.filter((d) => d.ruleId === 'no-trailing-spaces').map((d) => d.line)).toEqual([]);
  expect(readFileSync(join(dir, 'content/blog/post.md'), 'utf8')).toContain('Here is a hard break  \r\nthat stays.');
});
