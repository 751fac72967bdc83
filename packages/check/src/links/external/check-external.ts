import { lookup } from 'node:dns/promises';
import http, { type IncomingHttpHeaders } from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { refusedAddressReason, refusedHostnameReason } from './address-policy.js';
import { ExternalLinkCache } from './cache.js';
import type { ExternalLinkResult } from './types.js';

export interface ResolvedAddress {
  address: string;
  family: number;
}

export interface ExternalCheckOptions {
  /** Per request: connecting and receiving the headers. */
  timeoutMs?: number;
  /** Further attempts after a timeout, a connection error, a 429 or a 5xx. */
  retries?: number;
  /** First wait between attempts; doubled each time. */
  backoffMs?: number;
  /** A longer `Retry-After` is not waited for: the link is reported as rate limited. */
  maxRetryAfterMs?: number;
  /** Requests in flight to one host at a time. */
  perHostConcurrency?: number;
  /** Requests in flight overall. */
  concurrency?: number;
  maxRedirects?: number;
  /** Largest response head accepted; the body is never read. */
  maxHeaderBytes?: number;
  /** For the whole run: links not checked in time are reported as unreachable. */
  budgetMs?: number;
  /**
   * Connect to private, loopback and link-local addresses anyway: `true` for any, or a list of
   * `host` / `host:port` entries (e.g. a test server) allowed while every other one stays refused.
   */
  allowPrivateHosts?: boolean | readonly string[];
  /** DNS resolution; the checks connect to exactly the address it returns and was vetted. */
  resolve?: (hostname: string) => Promise<ResolvedAddress[]>;
  cache?: { path: string; ttlMs: number };
  warn?: (message: string) => void;
  userAgent?: string;
  /** Epoch milliseconds, for the cache. */
  now?: () => number;
  /** How waits (backoff, `Retry-After`) happen; tests observe them instead of sleeping. */
  wait?: (milliseconds: number) => Promise<void>;
}

/** A URL as it may be printed: user name and password removed, whatever the link contained. */
export function redactUrl(url: string | URL): string {
  try {
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    return parsed.href;
  } catch {
    return String(url).replace(/\/\/[^/@]*@/, '//');
  }
}

/** The key a URL is checked and cached under: no fragment, no credentials. */
export function externalLinkKey(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  parsed.username = '';
  parsed.password = '';
  return parsed.href;
}

class Limiter {
  #active = 0;
  readonly #waiting: (() => void)[] = [];
  constructor(readonly size: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.#active >= this.size) await new Promise<void>((resolve) => this.#waiting.push(resolve));
    this.#active++;
    try {
      return await task();
    } finally {
      this.#active--;
      this.#waiting.shift()?.();
    }
  }
}

/** `Retry-After` in milliseconds: delay-seconds or an HTTP date. */
export function retryAfterMs(header: string | undefined, now: number): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

interface HopResponse {
  status: number;
  headers: IncomingHttpHeaders;
}

class RefusedError extends Error {}
class TimeoutError extends Error {}

const defaults = {
  timeoutMs: 10_000,
  retries: 2,
  backoffMs: 500,
  maxRetryAfterMs: 60_000,
  perHostConcurrency: 2,
  concurrency: 8,
  maxRedirects: 5,
  maxHeaderBytes: 16 * 1024,
  budgetMs: 5 * 60_000,
  userAgent: 'pressroom-link-check (+https://github.com/pressroom-dev/pressroom)',
};

async function systemResolve(hostname: string): Promise<ResolvedAddress[]> {
  return lookup(hostname, { all: true, verbatim: true });
}

/**
 * Checks external URLs the way a careful reader's browser would reach them, without letting a
 * link make the checks probe the machine's own network: each hop's host is resolved once, every
 * address vetted, and the request sent to that vetted address (so DNS cannot answer differently
 * between check and connect). HEAD first, GET when HEAD is not answered usefully; no body read,
 * no cookies, no credentials.
 *
 * @returns one result per distinct input URL, keyed by the URL as given
 */
export async function checkExternalLinks(
  urls: Iterable<string>,
  options: ExternalCheckOptions = {},
): Promise<Map<string, ExternalLinkResult>> {
  const settings = { ...defaults, ...options };
  const now = options.now ?? Date.now;
  const resolve = options.resolve ?? systemResolve;
  const pause = options.wait ?? ((milliseconds: number) => sleep(milliseconds));
  const warn = options.warn ?? ((message: string) => process.emitWarning(message));
  const deadline = performance.now() + settings.budgetMs;
  const cache = options.cache ? new ExternalLinkCache(options.cache.path, options.cache.ttlMs, warn) : undefined;
  const hostLimiters = new Map<string, Limiter>();
  const overall = new Limiter(settings.concurrency);
  const allow = settings.allowPrivateHosts ?? false;

  const allowed = (url: URL) =>
    allow === true || (Array.isArray(allow) && (allow.includes(url.host.toLowerCase()) || allow.includes(url.hostname.toLowerCase())));
  const remaining = () => deadline - performance.now();
  const limiterFor = (host: string) => {
    let limiter = hostLimiters.get(host);
    if (!limiter) hostLimiters.set(host, (limiter = new Limiter(settings.perHostConcurrency)));
    return limiter;
  };

  async function vettedAddress(url: URL): Promise<ResolvedAddress> {
    const hostname = url.hostname.replace(/^\[|\]$/g, '');
    const isAllowed = allowed(url);
    if (!isAllowed) {
      const reason = refusedHostnameReason(hostname);
      if (reason) throw new RefusedError(`${hostname} is ${reason}`);
    }
    const family = isIP(hostname);
    const addresses = family === 0 ? await resolve(hostname) : [{ address: hostname, family }];
    if (isAllowed) {
      const first = addresses[0];
      if (!first) throw new Error(`${hostname} has no address`);
      return first;
    }
    const reasons = addresses.map((candidate) => refusedAddressReason(candidate.address));
    const index = reasons.findIndex((reason) => reason === undefined);
    if (index === -1) {
      const first = addresses[0];
      throw new RefusedError(
        first ? `${hostname} resolves to ${first.address}, a ${reasons[0]} address` : `${hostname} has no address`,
      );
    }
    return addresses[index]!;
  }

  function request(method: 'HEAD' | 'GET', url: URL, address: ResolvedAddress): Promise<HopResponse> {
    const timeout = Math.min(settings.timeoutMs, remaining());
    if (timeout <= 0) return Promise.reject(new TimeoutError('the time budget for external links ran out'));
    const secure = url.protocol === 'https:';
    const hostname = url.hostname.replace(/^\[|\]$/g, '');
    return new Promise<HopResponse>((resolvePromise, reject) => {
      const outgoing = (secure ? https : http).request({
        host: address.address,
        family: address.family,
        port: url.port === '' ? (secure ? 443 : 80) : Number(url.port),
        path: `${url.pathname}${url.search}`,
        method,
        // TLS must verify the certificate for the name, not for the address we pinned.
        servername: secure && isIP(hostname) === 0 ? hostname : undefined,
        headers: { host: url.host, 'user-agent': settings.userAgent, accept: '*/*' },
        maxHeaderSize: settings.maxHeaderBytes,
        agent: false,
      });
      const timer = setTimeout(() => outgoing.destroy(new TimeoutError(`no answer within ${timeout} ms`)), timeout);
      outgoing.on('response', (response) => {
        clearTimeout(timer);
        resolvePromise({ status: response.statusCode ?? 0, headers: response.headers });
        // Only the status matters: the body is never downloaded.
        response.destroy();
        outgoing.destroy();
      });
      outgoing.on('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      outgoing.end();
    });
  }

  /** One attempt: every redirect hop vetted again, HEAD then GET on each. */
  async function attempt(start: URL, redirects: string[]): Promise<HopResponse> {
    let current = start;
    for (let hop = 0; ; hop++) {
      if (current.protocol !== 'http:' && current.protocol !== 'https:') {
        throw new Error(`redirected to an unsupported scheme ${current.protocol}`);
      }
      const address = await vettedAddress(current);
      const target = current;
      let response = await limiterFor(current.host).run(() => request('HEAD', target, address));
      if (response.status >= 400 && response.status !== 429) {
        // Many servers answer HEAD with 405 or 404 while GET works.
        response = await limiterFor(current.host).run(() => request('GET', target, address));
      }
      const location = response.headers.location;
      if (response.status >= 300 && response.status < 400 && location) {
        if (hop >= settings.maxRedirects) throw new Error(`more than ${settings.maxRedirects} redirects`);
        current = new URL(location, current);
        redirects.push(redactUrl(current));
        continue;
      }
      return response;
    }
  }

  async function checkOne(url: string): Promise<ExternalLinkResult> {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return { status: 'broken', message: 'not a valid URL', redirects: [] };
    }
    parsed.username = '';
    parsed.password = '';
    parsed.hash = '';
    let last: ExternalLinkResult = { status: 'unreachable', message: 'not checked', redirects: [] };
    for (let attemptIndex = 0; attemptIndex <= settings.retries; attemptIndex++) {
      const redirects: string[] = [];
      let wait = settings.backoffMs * 2 ** attemptIndex;
      try {
        const response = await attempt(parsed, redirects);
        if (response.status >= 200 && response.status < 300) {
          return { status: 'ok', httpStatus: response.status, message: `answered ${response.status}`, redirects };
        }
        last = { status: 'broken', httpStatus: response.status, message: `answered ${response.status}`, redirects };
        const transient = response.status === 429 || response.status === 408 || response.status >= 500;
        if (!transient) return last;
        const retryAfter = retryAfterMs(response.headers['retry-after'] as string | undefined, Date.now());
        if (retryAfter !== undefined) {
          if (retryAfter > settings.maxRetryAfterMs) {
            return { ...last, message: `answered ${response.status} and asks to wait ${Math.ceil(retryAfter / 1000)} s` };
          }
          wait = retryAfter;
        }
      } catch (error) {
        if (error instanceof RefusedError) {
          return { status: 'refused', message: `refused: ${error.message}`, redirects };
        }
        last = { status: 'unreachable', message: (error as Error).message, redirects };
      }
      if (attemptIndex === settings.retries) break;
      if (wait >= remaining()) return { ...last, message: `${last.message}; the time budget for external links ran out` };
      await pause(wait);
    }
    return last;
  }

  const results = new Map<string, ExternalLinkResult>();
  const byKey = new Map<string, string[]>();
  for (const url of urls) {
    let key: string;
    try {
      key = externalLinkKey(url);
    } catch {
      results.set(url, { status: 'broken', message: 'not a valid URL', redirects: [] });
      continue;
    }
    byKey.set(key, [...(byKey.get(key) ?? []), url]);
  }

  await Promise.all(
    [...byKey].map(async ([key, originals]) => {
      let result = cache?.get(key, now());
      if (!result) {
        result = await overall.run(() => checkOne(key));
        cache?.set(key, result, now());
      }
      for (const original of originals) results.set(original, result);
    }),
  );
  cache?.save(now());
  return results;
}
