import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { fixtureCopy, runCli } from '../helpers/cli.js';

// A run over no file passes without checking anything: every way of naming nothing is a usage error.

test('a named path that does not exist is a usage error, not an unreadable file', async () => {
  const dir = fixtureCopy('mixed');
  const run = await runCli(['check', 'content/blog/good.md', 'content/blog/godo.md'], dir);
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toContain('Unexpected path `content/blog/godo.md`: no such file or folder, expected a Markdown file, a folder or a pattern');
  expect(run.stderr).not.toMatch(/\n\s+at /);
});

test('a named folder with no content file is a usage error', async () => {
  const dir = fixtureCopy('mixed');
  mkdirSync(join(dir, 'notes'));
  writeFileSync(join(dir, 'notes/todo.txt'), 'Not Markdown.\n');
  const run = await runCli(['check', 'notes'], dir);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain('Unexpected folder `notes` with no content file in it, expected at least one .md, .mdx or .markdown file');
});

test('a quoted pattern is expanded; one that matches no content file is a usage error', async () => {
  const dir = fixtureCopy('mixed');
  const blog = await runCli(['check', 'content/blog/*.md', '--format', 'json'], dir);
  expect((JSON.parse(blog.stdout) as { files: number }).files).toBe(3);
  expect(blog.code).toBe(1);
  const none = await runCli(['check', 'content/**/*.mdx'], dir);
  expect(none.code).toBe(2);
  expect(none.stderr).toContain('Unexpected pattern `content/**/*.mdx` that matches no content file');
});

test('a run over no file because a content folder is not where the configuration says is a configuration error', async () => {
  const dir = fixtureCopy('mixed');
  const configPath = join(dir, 'pressroom.config.json');
  const config = JSON.parse(readFileSync(configPath, 'utf8')) as { sites: Record<'blog' | 'docs', { contentDir: string }> };
  config.sites.blog.contentDir = 'content/blgo';
  config.sites.docs.contentDir = 'content/dcos';
  writeFileSync(configPath, JSON.stringify(config));
  const run = await runCli(['check'], dir);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain('Unexpected sites.blog.contentDir `content/blgo`: no such folder');
});
