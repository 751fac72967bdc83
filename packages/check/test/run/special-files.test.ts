import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { fixtureCopy, runCli } from '../helpers/cli.js';

interface Output {
  files: number;
  diagnostics: { file: string; line: number; column: number; ruleId: string; severity: string; message: string }[];
}

const servers: Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

/** A listening Unix socket at `path`, closed after the test. */
async function socketAt(path: string): Promise<void> {
  const server = createServer();
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(path, resolve));
}

const specials = (output: Output) =>
  output.diagnostics.filter((d) => d.ruleId === 'input-special-file').map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.message.replace(/, expected a regular.*$/, '')}`);

test('a folder scan reports each FIFO, socket, dangling link and loop, never reads one and goes on', async () => {
  const dir = fixtureCopy('mixed');
  const blog = join(dir, 'content/blog');
  // A real FIFO: reading it would wait for a writer for ever, so a run that opened it would hang.
  execFileSync('mkfifo', [join(blog, 'pipe.md')]);
  await socketAt(join(blog, 'socket.md'));
  symlinkSync('no-such-post.md', join(blog, 'dangling.md'));
  symlinkSync('loop-b.md', join(blog, 'loop-a.md'));
  symlinkSync('loop-a.md', join(blog, 'loop-b.md'));
  // Not named like content: none of the check's business.
  execFileSync('mkfifo', [join(blog, 'pipe.txt')]);
  const run = await runCli(['check', '--format', 'json', 'content/blog'], dir);
  const output = JSON.parse(run.stdout) as Output;
  expect(specials(output)).toEqual([
    'content/blog/dangling.md:1:1 warning Unexpected dangling symlink to `no-such-post.md`, whose target does not exist',
    'content/blog/loop-a.md:1:1 warning Unexpected symlink loop (the link leads back to itself)',
    'content/blog/loop-b.md:1:1 warning Unexpected symlink loop (the link leads back to itself)',
    'content/blog/pipe.md:1:1 warning Unexpected FIFO (named pipe)',
    'content/blog/socket.md:1:1 warning Unexpected socket',
  ]);
  expect(output.diagnostics.find((d) => d.ruleId === 'input-special-file')!.message).toMatch(/it was not read: remove it, or add it to `checks\.ignore`$/);
  // The regular files are checked as before.
  expect(output.diagnostics.some((d) => d.file === 'content/blog/typo.md' && d.ruleId === 'spelling')).toBe(true);
  expect(output.files).toBe(3 + 5);
  expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
});

test('a FIFO named on the command line gets the same warning and does not hang the run', async () => {
  const dir = fixtureCopy('mixed');
  execFileSync('mkfifo', [join(dir, 'content/blog/pipe.md')]);
  const run = await runCli(['check', '--format', 'json', 'content/blog/pipe.md', 'content/blog/good.md'], dir);
  const output = JSON.parse(run.stdout) as Output;
  expect(specials(output)).toEqual(['content/blog/pipe.md:1:1 warning Unexpected FIFO (named pipe)']);
  expect(output.files).toBe(2);
  expect(run.code).toBe(0);
});

test('a special file in checks.ignore is left out of a folder scan', async () => {
  const dir = fixtureCopy('mixed');
  execFileSync('mkfifo', [join(dir, 'content/blog/pipe.md')]);
  mkdirSync(join(dir, 'content/blog/drafts'));
  symlinkSync('gone.md', join(dir, 'content/blog/drafts/dangling.md'));
  const configPath = join(dir, 'pressroom.config.json');
  const config = JSON.parse(readFileSync(configPath, 'utf8')) as Record<string, unknown>;
  writeFileSync(configPath, JSON.stringify({ ...config, checks: { ignore: ['pipe.md', 'drafts/**'] } }));
  const output = JSON.parse((await runCli(['check', '--format', 'json', 'content/blog'], dir)).stdout) as Output;
  expect(specials(output)).toEqual([]);
  expect(output.files).toBe(3);
});

test('each real file is checked once, under its own path: folders linked to a parent or a sibling', async () => {
  const dir = fixtureCopy('mixed');
  // A folder linked to its parent (a loop for a walk) and one linked to the docs beside it.
  symlinkSync('..', join(dir, 'content/blog/up'));
  symlinkSync('../docs', join(dir, 'content/blog/also-docs'));
  const whole = JSON.parse((await runCli(['check', '--format', 'json'], dir)).stdout) as Output;
  const files = [...new Set(whole.diagnostics.map((d) => d.file))].sort();
  expect(files.filter((file) => file.includes('/up/') || file.includes('also-docs'))).toEqual([]);
  expect(whole.diagnostics.filter((d) => d.ruleId === 'frontmatter-duplicate-title')).toEqual([]);
  expect(whole.files).toBe(5);
  // Over the blog alone, the docs reached through the link are checked once, under the first
  // path in sorted order.
  const blog = JSON.parse((await runCli(['check', '--format', 'json', 'content/blog'], dir)).stdout) as Output;
  expect(blog.diagnostics.filter((d) => d.ruleId === 'frontmatter-duplicate-title')).toEqual([]);
  expect(blog.files).toBe(5);
  expect(blog.diagnostics.filter((d) => d.ruleId === 'security-script').map((d) => d.file)).toEqual(['content/blog/also-docs/unsafe.md']);
});
