import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { refusedAddressReason, refusedHostnameReason } from '../../src/links/external/address-policy.js';
import { checkExternalLinks, redactUrl, type ExternalCheckOptions } from '../../src/links/external/check-external.js';

interface TestServer {
  origin: string;
  /** `127.0.0.1:port`, for the allow list. */
  host: string;
  requests: IncomingMessage[];
  close(): Promise<void>;
}

const servers: TestServer[] = [];
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function startServer(handler: (request: IncomingMessage, response: ServerResponse, server: TestServer) => void): Promise<TestServer> {
  const requests: IncomingMessage[] = [];
  let testServer: TestServer;
  const server: Server = createServer((request, response) => {
    requests.push(request);
    handler(request, response, testServer);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  testServer = {
    origin: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  servers.push(testServer);
  return testServer;
}

/** Fast settings; only the server under test is allowed. */
function options(server: TestServer, extra: ExternalCheckOptions = {}): ExternalCheckOptions {
  return { allowPrivateHosts: [server.host], timeoutMs: 2_000, retries: 0, backoffMs: 1, warn: () => {}, ...extra };
}

async function checkOne(url: string, settings: ExternalCheckOptions) {
  const results = await checkExternalLinks([url], settings);
  return results.get(url)!;
}

describe('external links against a local server', () => {
  test('a working link is ok and is checked with HEAD alone', async () => {
    const server = await startServer((_request, response) => response.end('hello'));
    expect(await checkOne(`${server.origin}/page#section`, options(server))).toMatchObject({ status: 'ok', httpStatus: 200 });
    expect(server.requests.map((request) => `${request.method} ${request.url}`)).toEqual(['HEAD /page']);
  });

  test('HEAD answered 405 falls back to GET', async () => {
    const server = await startServer((request, response) => {
      response.statusCode = request.method === 'HEAD' ? 405 : 200;
      response.end();
    });
    expect(await checkOne(`${server.origin}/only-get`, options(server))).toMatchObject({ status: 'ok', httpStatus: 200 });
    expect(server.requests.map((request) => request.method)).toEqual(['HEAD', 'GET']);
  });

  test('a 404 is broken, without retries', async () => {
    const server = await startServer((_request, response) => {
      response.statusCode = 404;
      response.end();
    });
    const result = await checkOne(`${server.origin}/gone`, options(server, { retries: 3 }));
    expect(result).toMatchObject({ status: 'broken', httpStatus: 404, message: 'answered 404' });
    expect(server.requests.map((request) => request.method)).toEqual(['HEAD', 'GET']);
  });

  test('a server that never answers times out, and each retry is tried after a growing backoff', async () => {
    const server = await startServer(() => {
      // Never answers.
    });
    const waits: number[] = [];
    const result = await checkOne(
      `${server.origin}/slow`,
      options(server, { timeoutMs: 150, retries: 2, backoffMs: 10, wait: async (ms) => void waits.push(ms) }),
    );
    expect(result.status).toBe('unreachable');
    expect(result.message).toMatch(/no answer within 150 ms/);
    expect(server.requests).toHaveLength(3);
    expect(waits).toEqual([10, 20]);
  });

  test('429 with Retry-After is retried after the time the server asks for', async () => {
    const server = await startServer((_request, response, self) => {
      if (self.requests.length === 1) {
        response.writeHead(429, { 'retry-after': '2' });
        response.end();
        return;
      }
      response.end('ok');
    });
    const waits: number[] = [];
    const result = await checkOne(`${server.origin}/busy`, options(server, { retries: 2, backoffMs: 5, wait: async (ms) => void waits.push(ms) }));
    expect(result).toMatchObject({ status: 'ok', httpStatus: 200 });
    expect(waits).toEqual([2_000]);
    expect(server.requests.map((request) => request.method)).toEqual(['HEAD', 'HEAD']);
  });

  test('a Retry-After longer than the limit is reported, not waited for', async () => {
    const server = await startServer((_request, response) => {
      response.writeHead(429, { 'retry-after': '3600' });
      response.end();
    });
    const waits: number[] = [];
    const result = await checkOne(`${server.origin}/later`, options(server, { retries: 2, wait: async (ms) => void waits.push(ms) }));
    expect(result).toMatchObject({ status: 'broken', httpStatus: 429, message: 'answered 429 and asks to wait 3600 s' });
    expect(waits).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });

  test('a redirect chain is followed hop by hop', async () => {
    const server = await startServer((request, response) => {
      const next: Record<string, string> = { '/a': '/b', '/b': '/c' };
      const location = next[request.url ?? ''];
      if (location) {
        response.writeHead(request.url === '/a' ? 301 : 302, { location });
        response.end();
        return;
      }
      response.end('landed');
    });
    const result = await checkOne(`${server.origin}/a`, options(server));
    expect(result).toMatchObject({ status: 'ok', redirects: [`${server.origin}/b`, `${server.origin}/c`] });
  });

  test('too many redirects are unreachable', async () => {
    const server = await startServer((request, response) => {
      response.writeHead(302, { location: `/loop-${Number((request.url ?? '').split('-')[1] ?? 0) + 1}` });
      response.end();
    });
    const result = await checkOne(`${server.origin}/loop-0`, options(server, { maxRedirects: 3 }));
    expect(result).toMatchObject({ status: 'unreachable', message: 'more than 3 redirects' });
    expect(server.requests).toHaveLength(4);
  });

  test('the second run answers from the cache: the server sees no request', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pressroom-links-'));
    dirs.push(dir);
    const server = await startServer((_request, response) => response.end());
    const cache = { path: join(dir, 'cache', 'external-links.json'), ttlMs: 60_000 };
    expect((await checkOne(`${server.origin}/cached`, options(server, { cache }))).status).toBe('ok');
    expect(server.requests).toHaveLength(1);
    expect((await checkOne(`${server.origin}/cached`, options(server, { cache }))).status).toBe('ok');
    expect(server.requests).toHaveLength(1);
    // Past the TTL it is checked again.
    const later = () => Date.now() + 120_000;
    expect((await checkOne(`${server.origin}/cached`, options(server, { cache, now: later }))).status).toBe('ok');
    expect(server.requests).toHaveLength(2);
  });

  test('a rate limit is not cached: the next run asks again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pressroom-links-'));
    dirs.push(dir);
    const server = await startServer((_request, response) => {
      response.writeHead(429, { 'retry-after': '3600' });
      response.end();
    });
    const cache = { path: join(dir, 'external-links.json'), ttlMs: 60_000 };
    await checkOne(`${server.origin}/busy`, options(server, { cache }));
    await checkOne(`${server.origin}/busy`, options(server, { cache }));
    expect(server.requests).toHaveLength(2);
  });

  test('a corrupt cache is discarded with a warning and rewritten', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pressroom-links-'));
    dirs.push(dir);
    const path = join(dir, 'external-links.json');
    writeFileSync(path, '{"version": 1, "entries": {"x": ');
    const server = await startServer((_request, response) => response.end());
    const warnings: string[] = [];
    const result = await checkOne(`${server.origin}/`, options(server, { cache: { path, ttlMs: 60_000 }, warn: (message) => void warnings.push(message) }));
    expect(result.status).toBe('ok');
    expect(warnings[0]).toMatch(/Discarding the corrupt link cache/);
    expect(JSON.parse(readFileSync(path, 'utf8')).entries[`${server.origin}/`].result.status).toBe('ok');
  });

  test('two runs at once share the cache file without losing entries', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pressroom-links-'));
    dirs.push(dir);
    const server = await startServer((_request, response) => response.end());
    const cache = { path: join(dir, 'external-links.json'), ttlMs: 60_000 };
    await Promise.all([
      checkExternalLinks([`${server.origin}/one`], options(server, { cache })),
      checkExternalLinks([`${server.origin}/two`], options(server, { cache })),
    ]);
    expect(Object.keys(JSON.parse(readFileSync(cache.path, 'utf8')).entries).sort()).toEqual([`${server.origin}/one`, `${server.origin}/two`]);
  });

  test('no more requests to one host at a time than allowed', async () => {
    let inFlight = 0;
    let most = 0;
    const server = await startServer((_request, response) => {
      inFlight++;
      most = Math.max(most, inFlight);
      setTimeout(() => {
        inFlight--;
        response.end();
      }, 30);
    });
    const urls = Array.from({ length: 6 }, (_, index) => `${server.origin}/page-${index}`);
    const results = await checkExternalLinks(urls, options(server, { perHostConcurrency: 2, concurrency: 6 }));
    expect([...results.values()].every((result) => result.status === 'ok')).toBe(true);
    expect(server.requests).toHaveLength(6);
    expect(most).toBe(2);
  });

  test('credentials in a link are never sent nor printed', async () => {
    const server = await startServer((_request, response) => response.end());
    const url = `http://reader:s3cret@${server.host}/private`;
    const results = await checkExternalLinks([url], options(server));
    expect(results.get(url)?.status).toBe('ok');
    expect(server.requests[0]?.headers.authorization).toBeUndefined();
    expect(server.requests[0]?.headers.cookie).toBeUndefined();
    expect(JSON.stringify([...results.values()])).not.toContain('s3cret');
    expect(redactUrl(url)).toBe(`http://${server.host}/private`);
  });
});

describe('network safety', () => {
  test('a loopback server is refused unless it is allowed, and sees no request', async () => {
    const server = await startServer((_request, response) => response.end());
    const result = await checkOne(`${server.origin}/`, { retries: 0, warn: () => {} });
    expect(result).toMatchObject({ status: 'refused', message: 'refused: 127.0.0.1 is loopback' });
    expect(server.requests).toHaveLength(0);
  });

  test('allowing one server does not allow another on the same address', async () => {
    const allowed = await startServer((_request, response) => response.end());
    const other = await startServer((_request, response) => response.end());
    expect((await checkOne(`${other.origin}/`, options(allowed))).status).toBe('refused');
    expect(other.requests).toHaveLength(0);
  });

  test.each([
    ['the metadata service', 'http://169.254.169.254/latest/meta-data/', /169\.254\.169\.254 is link-local/],
    ['a loopback name', 'http://localhost:9/', /localhost is a local host name/],
    ['an IPv6 loopback', 'http://[::1]:9/', /::1 is loopback/],
  ])('a redirect into %s is refused before connecting', async (_name, location, message) => {
    const server = await startServer((_request, response) => {
      response.writeHead(302, { location });
      response.end();
    });
    const result = await checkOne(`${server.origin}/jump`, options(server));
    expect(result.status).toBe('refused');
    expect(result.message).toMatch(message);
    expect(result.redirects).toEqual([new URL(location).href]);
  });

  test('a redirect into another local server is refused and that server sees nothing', async () => {
    const inner = await startServer((_request, response) => response.end('internal'));
    const outer = await startServer((_request, response) => {
      response.writeHead(307, { location: `${inner.origin}/admin` });
      response.end();
    });
    expect((await checkOne(`${outer.origin}/`, options(outer))).status).toBe('refused');
    expect(inner.requests).toHaveLength(0);
  });

  test('a public name that resolves to a private address is refused after resolution', async () => {
    const server = await startServer((_request, response) => response.end());
    const port = server.host.split(':')[1];
    const resolve = async () => [{ address: '127.0.0.1', family: 4 }];
    const refused = await checkOne(`http://intranet.example.org:${port}/`, { retries: 0, resolve, warn: () => {} });
    expect(refused).toMatchObject({ status: 'refused', message: 'refused: intranet.example.org resolves to 127.0.0.1, a loopback address' });
    expect(server.requests).toHaveLength(0);
    // Allowed by name, the request goes to the address that was resolved, with the name as Host.
    const ok = await checkOne(`http://intranet.example.org:${port}/`, { retries: 0, resolve, allowPrivateHosts: [`intranet.example.org:${port}`] });
    expect(ok.status).toBe('ok');
    expect(server.requests[0]?.headers.host).toBe(`intranet.example.org:${port}`);
  });

  test('a name whose every address is refused is not contacted, and the first reason is named', async () => {
    const server = await startServer((_request, response) => response.end());
    const attempts: string[] = [];
    // 192.0.2.1 is refused too (documentation range), so both are refused and nothing is contacted.
    const resolve = async (hostname: string) => {
      attempts.push(hostname);
      return [
        { address: '10.1.2.3', family: 4 },
        { address: '192.0.2.1', family: 4 },
      ];
    };
    const result = await checkOne(`http://mixed.example.org:${server.host.split(':')[1]}/`, { retries: 0, resolve, warn: () => {} });
    expect(result).toMatchObject({ status: 'refused', message: 'refused: mixed.example.org resolves to 10.1.2.3, a private address' });
    expect(attempts).toEqual(['mixed.example.org']);
  });
});

describe('address policy', () => {
  test.each([
    ['127.0.0.1', 'loopback'],
    ['10.20.30.40', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link-local (cloud metadata)'],
    ['100.100.100.200', 'shared address space'],
    ['224.0.0.251', 'multicast'],
    ['0.0.0.0', 'unspecified'],
    ['::1', 'loopback'],
    ['fe80::1', 'link-local'],
    ['fd00:ec2::254', 'unique local (cloud metadata)'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['64:ff9b::a9fe:a9fe', 'link-local (cloud metadata)'],
    ['::127.0.0.1', 'IPv4-compatible (deprecated)'],
    ['::a9fe:a9fe', 'IPv4-compatible (deprecated)'],
    ['::ffff:0:127.0.0.1', 'IPv4-translated'],
    ['64:ff9b:1::a9fe:a9fe', 'local-use IPv4/IPv6 translation'],
    ['2002:7f00:1::', '6to4'],
    ['2001:0:4136:e378::1', 'Teredo'],
    ['2001:2::1', 'benchmarking'],
    ['2001:1::1', 'protocol assignments'],
    ['2001:4:112::1', 'protocol assignments'],
    ['2001:20::1', 'protocol assignments'],
    ['2001:1ff::1', 'protocol assignments'],
    ['2620:4f:8000::42', 'AS112 (direct delegation)'],
    ['100:0:0:1::1', 'dummy prefix'],
    ['3fff:fff::1', 'documentation'],
    ['5f00::1', 'segment routing (SRv6)'],
    ['fec0::1', 'site-local (deprecated)'],
  ])('%s is refused as %s', (address, reason) => {
    expect(refusedAddressReason(address)).toBe(reason);
  });

  // Just past the IPv6 ranges above, global unicast (2001:200::/23 is a regional registry's).
  test.each(['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c', '172.32.0.1', '8.8.8.8', '2001:200::1', '2620:4f:8001::1', '3fff:1000::1'])('%s is public', (address) => {
    expect(refusedAddressReason(address)).toBeUndefined();
  });

  test('local names are refused before any lookup', () => {
    expect(refusedHostnameReason('localhost')).toBe('a local host name');
    expect(refusedHostnameReason('api.localhost')).toBe('a local host name');
    expect(refusedHostnameReason('metadata.google.internal')).toBe('a local host name');
    expect(refusedHostnameReason('[::1]')).toBe('loopback');
    expect(refusedHostnameReason('kafka.apache.org')).toBeUndefined();
  });
});
