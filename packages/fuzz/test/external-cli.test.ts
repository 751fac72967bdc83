import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonDiagnostics, makeSandbox, runPressroom, type CliRun } from './support/fixture-root.ts';
import { startServer, type TestServer } from './support/server.ts';

/** `pressroom check --external` as CI runs it, against a local server that is the only host allowed. */
let target: TestServer;
let box: ReturnType<typeof makeSandbox>;
let first: CliRun;
let second: CliRun;
const cacheFile = 'cache/external-links.json';

beforeAll(async () => {
  target = await startServer((request, response) => {
    if (request.url === '/ok' || request.url === '/landing') response.writeHead(200).end('ok');
    else if (request.url === '/login') response.writeHead(302, { location: '/landing', 'set-cookie': 'session=abc123; Path=/' }).end();
    else response.writeHead(404).end('missing');
  });
  const post = [
    '---',
    'title: External links',
    'description: A post with links to other websites.',
    'pubDatetime: 2024-12-04',
    '---',
    '',
    `A [working page](${target.origin}/ok).`,
    '',
    `A [missing page with a password](http://reader:s3cret-pass@${target.host}/missing).`,
    '',
    'The [metadata service](http://169.254.169.254/latest/meta-data/).',
    '',
    'Another [local port](http://127.0.0.1:9/admin).',
    '',
    `A [login that sets a cookie](${target.origin}/login).`,
    '',
  ].join('\n');
  box = makeSandbox(
    { 'content/blog/external.md': post },
    { rules: { spelling: 'off', 'link-external': ['error', { allowPrivateHosts: [target.host], cacheFile, retries: 0, timeoutMs: 5_000 }] } },
  );
  // Two runs at once, sharing one cache file.
  [first, second] = await Promise.all([
    runPressroom(['check', '--external', '--format', 'json'], box.repo),
    runPressroom(['check', '--external', '--format', 'json'], box.repo),
  ]);
});

afterAll(async () => {
  await target?.close();
  box?.cleanup();
});

const onLine = (run: CliRun, line: number) => jsonDiagnostics(run).filter((diagnostic) => diagnostic.file === 'content/blog/external.md' && diagnostic.line === line);

describe('pressroom check --external', () => {
  it('reports the broken, the metadata and the other local link, and not the working ones', () => {
    expect(first.code).toBe(1);
    expect(onLine(first, 7)).toEqual([]);
    expect(onLine(first, 9).map((diagnostic) => diagnostic.ruleId)).toEqual(['link-external']);
    expect(onLine(first, 11).map((diagnostic) => diagnostic.message).join()).toMatch(/private network/);
    expect(onLine(first, 13).map((diagnostic) => diagnostic.message).join()).toMatch(/private network/);
    expect(onLine(first, 15)).toEqual([]);
  });

  it('never prints the password of a link, in any output format', async () => {
    for (const run of [first, second]) expect(run.stdout + run.stderr).not.toContain('s3cret');
    for (const format of ['stylish', 'github', 'sarif']) {
      const run = await runPressroom(['check', '--external', '--format', format], box.repo);
      expect(run.stdout + run.stderr).not.toContain('s3cret');
    }
  });

  it('sends no credentials and no cookies to the server', () => {
    expect(target.requests.length).toBeGreaterThan(0);
    for (const request of target.requests) {
      expect(request.headers.authorization).toBeUndefined();
      expect(request.headers.cookie).toBeUndefined();
    }
  });

  it('leaves one whole cache file after two runs at once', () => {
    expect(second.code).toBe(first.code);
    const cache = JSON.parse(readFileSync(join(box.repo, cacheFile), 'utf8')) as { entries: Record<string, unknown> };
    expect(Object.keys(cache.entries)).toEqual(expect.arrayContaining([`${target.origin}/ok`, `${target.origin}/missing`]));
    expect(JSON.stringify(cache)).not.toContain('s3cret');
    expect(readdirSync(join(box.repo, 'cache'))).toEqual(['external-links.json']);
  });

  it('discards a corrupt cache file with a warning and checks the links again', async () => {
    writeFileSync(join(box.repo, cacheFile), '{"version": 1, "entries": {"http://');
    const before = target.requests.length;
    const run = await runPressroom(['check', '--external', '--format', 'json'], box.repo);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/corrupt link cache/i);
    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(target.requests.length).toBeGreaterThan(before);
    expect(() => JSON.parse(readFileSync(join(box.repo, cacheFile), 'utf8'))).not.toThrow();
  });
});
