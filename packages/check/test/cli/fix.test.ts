import { chmodSync, chownSync, copyFileSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, renameSync, statSync, symlinkSync } from 'node:fs';
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

test('--fix writes through a symlink inside the repository, and the link stays a link', async () => {
  const dir = fixDir();
  // The post lives outside the content folder, and the content folder links to it.
  mkdirSync(join(dir, 'shared'));
  renameSync(join(dir, 'content/blog/post.md'), join(dir, 'shared/post.md'));
  symlinkSync('../../shared/post.md', join(dir, 'content/blog/post.md'));
  const run = await runCli(['check', '--fix'], dir);
  expect(run.stdout).toMatch(/\(3 fixed\)/);
  expect(lstatSync(join(dir, 'content/blog/post.md')).isSymbolicLink()).toBe(true);
  expect(readlinkSync(join(dir, 'content/blog/post.md'))).toBe('../../shared/post.md');
  expect(readFileSync(join(dir, 'shared/post.md'))).toEqual(readFileSync(fixture('expected-style.md')));
  expect(readdirSync(join(dir, 'shared'))).toEqual(['post.md']);
});

test('--fix keeps a hard link: every name of the file sees the fixes', async () => {
  const dir = fixDir();
  mkdirSync(join(dir, 'drafts'));
  linkSync(join(dir, 'content/blog/post.md'), join(dir, 'drafts/post.md'));
  const before = statSync(join(dir, 'content/blog/post.md'));
  const run = await runCli(['check', '--fix'], dir);
  expect(run.stdout).toMatch(/\(3 fixed\)/);
  const after = statSync(join(dir, 'content/blog/post.md'));
  expect(after.ino).toBe(before.ino);
  expect(after.nlink).toBe(2);
  expect(readFileSync(join(dir, 'drafts/post.md'))).toEqual(readFileSync(fixture('expected-style.md')));
});

test('--fix keeps the mode and the owner of the file it fixes', async () => {
  const dir = fixDir();
  const path = join(dir, 'content/blog/post.md');
  chmodSync(path, 0o640);
  // Only root can give a file to someone else; any other user checks that the owner stays its own.
  const owner = process.getuid?.() === 0 ? { uid: 4321, gid: 4321 } : { uid: statSync(path).uid, gid: statSync(path).gid };
  chownSync(path, owner.uid, owner.gid);
  const run = await runCli(['check', '--fix'], dir);
  expect(run.stdout).toMatch(/\(3 fixed\)/);
  const after = statSync(path);
  expect(after.mode & 0o7777).toBe(0o640);
  expect({ uid: after.uid, gid: after.gid }).toEqual(owner);
  expect(readFileSync(path)).toEqual(readFileSync(fixture('expected-style.md')));
  expect(readdirSync(join(dir, 'content/blog'))).toEqual(['post.md']);
});
