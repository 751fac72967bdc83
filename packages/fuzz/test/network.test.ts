import { afterEach, describe, expect, it } from 'vitest';
// The external link checker is not part of the package's public API; the rule `link-external` is
// its only caller, and these tests hold it to the network policy directly.
import { checkExternalLinks, type ExternalCheckOptions, type ResolvedAddress } from '../../check/src/links/external/check-external.ts';
import { startServer, type TestServer } from './support/server.ts';

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function server(handler: Parameters<typeof startServer>[0]) {
  const started = await startServer(handler);
  servers.push(started);
  return started;
}

const ok = () => server((_request, response) => response.writeHead(200, { 'content-type': 'text/plain' }).end('ok'));

/** A resolver for made-up names, so DNS answers are under test control and no lookup leaves the machine. */
function resolver(table: Record<string, string[]>): (hostname: string) => Promise<ResolvedAddress[]> {
  return async (hostname) => {
    const addresses = table[hostname];
    if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
}

const fast: ExternalCheckOptions = { timeoutMs: 3_000, retries: 0, backoffMs: 10 };

describe('external link check: refused addresses', () => {
  it('refuses the loopback test server itself when it is not allowed, without connecting', async () => {
    const target = await ok();
    const results = await checkExternalLinks([`${target.origin}/page`], { ...fast, resolve: resolver({}) });
    expect(results.get(`${target.origin}/page`)?.status).toBe('refused');
    expect(target.requests).toEqual([]);
  });

  it.each([
    'http://10.0.0.1/',
    'http://172.16.5.4/',
    'http://192.168.1.1/',
    'http://100.64.0.1/',
    'http://127.0.0.2/',
    'http://0.0.0.0/',
    'http://169.254.169.254/latest/meta-data/',
    'http://224.0.0.251/',
    'http://239.255.255.250:1900/',
    'http://[::1]/',
    'http://[::]/',
    'http://[fe80::1]/',
    'http://[fd00::1]/',
    'http://[ff02::1]/',
    'http://[::ffff:127.0.0.1]/',
    'http://[::ffff:169.254.169.254]/',
    'http://[64:ff9b::a9fe:a9fe]/',
    'http://0x7f.1/',
    'http://2130706433/',
    'http://0177.0.0.1/',
    'http://localhost/',
    'http://app.localhost/',
    'http://metadata.google.internal/computeMetadata/v1/',
  ])('refuses %s', async (url) => {
    // The resolver would hand out a public address for any name: refusal must not depend on DNS here.
    const results = await checkExternalLinks([url], { ...fast, resolve: async () => [{ address: '93.184.215.14', family: 4 }], timeoutMs: 200 });
    expect(results.get(url)?.status).toBe('refused');
  });

  it.each([
    ['a name that resolves to loopback', ['127.0.0.1']],
    ['a name that resolves to the metadata service', ['169.254.169.254']],
    ['a name that resolves to a private address', ['10.1.2.3']],
    ['a name that resolves to IPv6 loopback', ['::1']],
    ['a name that resolves to an IPv4-mapped loopback', ['::ffff:7f00:1']],
    ['a name that resolves to multicast', ['224.0.0.1']],
  ])('refuses %s, after DNS', async (_name, addresses) => {
    const target = await ok();
    const port = target.host.split(':')[1];
    const url = `http://internal.test:${port}/`;
    const results = await checkExternalLinks([url], { ...fast, resolve: resolver({ 'internal.test': addresses }) });
    expect(results.get(url)?.status).toBe('refused');
    expect(target.requests).toEqual([]);
  });

  it('refuses a redirect hop from the allowed server to another local server', async () => {
    const inner = await ok();
    const outer = await server((_request, response) => response.writeHead(302, { location: `${inner.origin}/inner` }).end());
    const url = `${outer.origin}/start`;
    const results = await checkExternalLinks([url], { ...fast, allowPrivateHosts: [outer.host], resolve: resolver({}) });
    expect(results.get(url)?.status).toBe('refused');
    expect(outer.requests.length).toBeGreaterThan(0);
    expect(inner.requests).toEqual([]);
  });

  it.each([
    ['the metadata service', 'http://169.254.169.254/latest/meta-data/iam/'],
    ['a name that resolves to loopback', 'http://internal.test/'],
    ['localhost', 'http://localhost/'],
    ['a private address', 'http://10.0.0.5/admin'],
  ])('refuses a redirect hop from the allowed server to %s', async (_name, location) => {
    const outer = await server((_request, response) => response.writeHead(301, { location }).end());
    const url = `${outer.origin}/start`;
    const results = await checkExternalLinks([url], { ...fast, allowPrivateHosts: [outer.host], resolve: resolver({ 'internal.test': ['127.0.0.1'] }) });
    expect(results.get(url)?.status).toBe('refused');
  });
});

describe('external link check: limits', () => {
  it('gives up after the redirect limit on a redirect loop', async () => {
    const loop = await server((request, response) => response.writeHead(302, { location: `/hop${request.url!.length}` }).end());
    const url = `${loop.origin}/`;
    const results = await checkExternalLinks([url], { ...fast, maxRedirects: 3, allowPrivateHosts: [loop.host], resolve: resolver({}) });
    expect(results.get(url)?.status).not.toBe('ok');
    expect(results.get(url)?.message).toMatch(/redirect/);
    // One request per hop: the start and three redirects, then it stops.
    expect(loop.requests.length).toBeLessThanOrEqual(4);
  });

  it('never downloads a huge body: the answer is taken from the status line', async () => {
    const chunk = Buffer.alloc(64 * 1024, 'x');
    const huge = await server((request, response, self) => {
      // HEAD refused, so the checker has to GET the body it must not download.
      if (request.method === 'HEAD') return void response.writeHead(405).end();
      response.writeHead(200, { 'content-type': 'application/octet-stream' });
      // Up to 200 MB, stopping as soon as the client hangs up.
      let sent = 0;
      const pump = () => {
        while (sent < 200 * 1024 * 1024 && !response.destroyed) {
          sent += chunk.length;
          self.bytesSent += chunk.length;
          if (!response.write(chunk)) return void response.once('drain', pump);
        }
        response.end();
      };
      pump();
    });
    const url = `${huge.origin}/big.iso`;
    const results = await checkExternalLinks([url], { ...fast, allowPrivateHosts: [huge.host], resolve: resolver({}) });
    expect(results.get(url)?.status).toBe('ok');
    expect(huge.requests.map((request) => request.method)).toEqual(['HEAD', 'GET']);
    expect(huge.bytesSent).toBeLessThan(16 * 1024 * 1024);
  });

  it('refuses an oversized response head instead of buffering it', async () => {
    const fat = await server((_request, response) => response.writeHead(200, { 'x-padding': 'y'.repeat(60 * 1024) }).end());
    const url = `${fat.origin}/`;
    const results = await checkExternalLinks([url], { ...fast, maxHeaderBytes: 16 * 1024, allowPrivateHosts: [fat.host], resolve: resolver({}) });
    expect(results.get(url)?.status).toBe('unreachable');
  });

  it('stops at the run time budget even when a server never answers', async () => {
    const silent = await server(() => undefined);
    const urls = Array.from({ length: 6 }, (_, index) => `${silent.origin}/slow-${index}`);
    const results = await checkExternalLinks(urls, { timeoutMs: 60_000, retries: 3, backoffMs: 10, budgetMs: 500, allowPrivateHosts: [silent.host], resolve: resolver({}) });
    for (const url of urls) {
      expect(results.get(url)?.status).toBe('unreachable');
    }
    expect([...results.values()].some((result) => /budget/.test(result.message))).toBe(true);
  });

  it('keeps at most the per-host number of requests in flight', async () => {
    const slow = await server((_request, response) => setTimeout(() => response.writeHead(200).end(), 60));
    const urls = Array.from({ length: 12 }, (_, index) => `${slow.origin}/page-${index}`);
    const results = await checkExternalLinks(urls, { ...fast, perHostConcurrency: 2, concurrency: 12, allowPrivateHosts: [slow.host], resolve: resolver({}) });
    expect([...results.values()].every((result) => result.status === 'ok')).toBe(true);
    expect(slow.requests.length).toBeGreaterThanOrEqual(12);
    expect(slow.maxInFlight).toBeLessThanOrEqual(2);
  });
});

describe('external link check: what it sends', () => {
  it('sends no cookie and no credentials, even when the server sets a cookie and the link has a password', async () => {
    const recorder = await server((request, response) => {
      if (request.url === '/login') response.writeHead(302, { location: '/landing', 'set-cookie': 'session=abc123; Path=/' }).end();
      else response.writeHead(200).end();
    });
    const url = `http://reader:s3cret-pass@${recorder.host}/login`;
    const results = await checkExternalLinks([url], { ...fast, allowPrivateHosts: [recorder.host], resolve: resolver({}) });
    const result = results.get(url)!;
    expect(result.status).toBe('ok');
    expect(recorder.requests.map((request) => request.url)).toContain('/landing');
    for (const request of recorder.requests) {
      expect(request.headers.cookie).toBeUndefined();
      expect(request.headers.authorization).toBeUndefined();
      expect(JSON.stringify(request.headers)).not.toContain('s3cret');
    }
    expect(JSON.stringify(result)).not.toContain('s3cret');
  });
});
