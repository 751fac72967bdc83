import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { check } from '../../src/run/check.js';
import { readSource } from '../../src/input/read.js';
import { fixtureCopy } from '../helpers/cli.js';
import { repoConfig } from '../helpers/config.js';

const secretWord = 'Qvxzsecretword';

test('a symlink to a file outside the repository is refused unread', async () => {
  const outside = mkdtempSync(join(tmpdir(), 'pressroom-outside-'));
  const repo = fixtureCopy('mixed');
  writeFileSync(join(outside, 'secret.md'), `# ${secretWord}\n`);
  symlinkSync(join(outside, 'secret.md'), join(repo, 'content/blog/escape.md'));
  symlinkSync(outside, join(repo, 'content/blog/linked'));
  for (const path of ['content/blog/escape.md', 'content/blog/linked/secret.md']) {
    const read = await readSource(join(repo, path), undefined, undefined, repo);
    expect(read.text).toBe('');
    expect(read.problem?.message).toMatch(/^Unexpected symlink to a place outside the repository/);
  }
  // Without a root (a caller that trusts the path) the file is read as before.
  expect((await readSource(join(repo, 'content/blog/escape.md'))).text).toContain(secretWord);
  // A symlink inside the repository is fine.
  mkdirSync(join(repo, 'content/blog/real'));
  writeFileSync(join(repo, 'content/blog/real/page.md'), '# Inside\n');
  symlinkSync(join(repo, 'content/blog/real/page.md'), join(repo, 'content/blog/alias.md'));
  expect((await readSource(join(repo, 'content/blog/alias.md'), undefined, undefined, repo)).problem).toBeUndefined();
});

test('every link out of the repository gets the same finding, whether or not its target exists', async () => {
  const links = ['![p](../../../../../../../../etc/passwd)', '![p](../../../../../../../../etc/no-such-file)', '[w](C:\\Windows\\win.ini)', '[f](file:///etc/passwd)', '[e](..%2F..%2F..%2F..%2F..%2Fetc%2Fpasswd)'];
  const body = links.join('\n\n');
  const result = await check({
    config: repoConfig(),
    sources: [{ relativePath: 'content/docs/links.md', bytes: `---\ntitle: Links\ndescription: Links out.\n---\n\n${body}\n` }],
    style: false,
  });
  const found = result.files[0]!.diagnostics.filter((d) => d.ruleId.startsWith('link-'));
  expect(found.map((d) => d.line)).toEqual([6, 8, 10, 12, 14]);
  expect(new Set(found.map((d) => `${d.ruleId} ${d.message.replace(/`[^`]*`/, 'X')}`)).size).toBe(1);
  expect(found[0]!.message).toContain('outside the repository');
});
