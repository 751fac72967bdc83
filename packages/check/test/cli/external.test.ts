import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { withExternalLinks } from '../../src/cli/external-flag.js';
import { main, type CliIo } from '../../src/cli/main.js';
import { loadConfig } from '../../src/run/config.js';

let server: Server;
let origin: string;
const requests: IncomingMessage[] = [];
let repo: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(request);
    response.statusCode = request.url === '/gone' ? 404 : 200;
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  repo = mkdtempSync(join(tmpdir(), 'pressroom-external-'));
  cpSync(new URL('../fixtures/sites/pressroom.config.json', import.meta.url), join(repo, 'pressroom.config.json'));
  mkdirSync(join(repo, 'content', 'blog'), { recursive: true });
  mkdirSync(join(repo, 'content', 'docs'), { recursive: true });
  writeFileSync(
    join(repo, 'content', 'blog', 'links.md'),
    `---\ntitle: Links\npubDatetime: 2024-01-01\ndescription: Links to a local server.\n---\n\nThe [working page](${origin}/fine) and the [missing page](${origin}/gone).\n`,
  );
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(repo, { recursive: true, force: true });
});

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text), env: {}, cwd: repo, isTTY: false };
  const code = await main(['check', '--format', 'json', ...args], io);
  const diagnostics = (JSON.parse(stdout) as { diagnostics: { ruleId: string; line: number; column: number; message: string }[] }).diagnostics;
  return { code, stderr, external: diagnostics.filter((diagnostic) => diagnostic.ruleId === 'link-external') };
}

test('without --external no external link is requested', async () => {
  const { external } = await run([]);
  expect(external).toEqual([]);
  expect(requests).toHaveLength(0);
});

test('--external without --allow-private-hosts refuses the local server and sends it nothing', async () => {
  const { code, external } = await run(['--external']);
  expect(code).toBe(1);
  expect(external.map((diagnostic) => diagnostic.message)).toEqual([
    `Unexpected external link \`${origin}/fine\` into a private network: refused: 127.0.0.1 is loopback, expected a public address`,
    `Unexpected external link \`${origin}/gone\` into a private network: refused: 127.0.0.1 is loopback, expected a public address`,
  ]);
  expect(requests).toHaveLength(0);
});

test('--external --allow-private-hosts reports the broken link at its position, then answers from the cache', async () => {
  const first = await run(['--external', '--allow-private-hosts']);
  expect(first.code).toBe(1);
  expect(first.external).toEqual([
    expect.objectContaining({ line: 7, column: `The [working page](${origin}/fine) and the `.length + 1, message: `Unexpected broken external link \`${origin}/gone\`: answered 404, expected a page that answers 2xx` }),
  ]);
  const seen = requests.length;
  expect(seen).toBeGreaterThan(0);
  const second = await run(['--external', '--allow-private-hosts']);
  expect(second.external).toEqual(first.external);
  expect(requests).toHaveLength(seen);
});

test('--allow-private-hosts alone is a usage error', async () => {
  const io: CliIo = { stdout: () => {}, stderr: () => {}, env: {}, cwd: repo, isTTY: false };
  expect(await main(['check', '--allow-private-hosts'], io)).toBe(2);
});

test('--external makes a configuration of its own and leaves the loaded one as it was', () => {
  const loaded = loadConfig(repo);
  loaded.checks.rules['link-external'] = ['warning', { timeoutMs: 500 }];
  const before = structuredClone(loaded.checks);
  const run = withExternalLinks(loaded, { allowPrivateHosts: true });
  expect(run.checks.rules['link-external']).toEqual(['warning', { timeoutMs: 500, external: true, allowPrivateHosts: true }]);
  expect(loaded.checks).toEqual(before);
  expect(withExternalLinks(loaded, { allowPrivateHosts: false }).checks.rules['link-external']).toEqual(['warning', { timeoutMs: 500, external: true }]);
});
