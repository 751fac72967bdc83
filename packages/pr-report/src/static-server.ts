import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize, sep } from 'node:path';
import { lookup } from 'mrmime';

export interface StaticServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  origin: string;
  close(): Promise<void>;
}

/** The file a URL path names in a built site, or `undefined` outside it or when there is none. */
export function fileFor(dist: string, basePath: string, urlPath: string): string | undefined {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  } catch {
    return undefined;
  }
  const withSlash = decoded.endsWith('/') ? decoded : `${decoded}/`;
  if (!withSlash.startsWith(base)) return undefined;
  const inside = normalize(decoded.slice(base.length - 1)).replace(/^[/\\]+/, '');
  if (inside.split(sep).includes('..')) return undefined;
  const candidate = join(dist, inside);
  if (!candidate.startsWith(dist)) return undefined;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  if (existsSync(index)) return index;
  if (existsSync(`${candidate}.html`)) return `${candidate}.html`;
  return undefined;
}

/**
 * Serves a built site under its base path on 127.0.0.1 and a free port, as a static host would:
 * folders answer with their `index.html`, anything else missing with the site's `404.html`.
 */
export async function serveStatic(dist: string, basePath = '/'): Promise<StaticServer> {
  const server = createServer((request, response) => {
    const file = fileFor(dist, basePath, request.url ?? '/');
    const notFound = join(dist, '404.html');
    const served = file ?? (existsSync(notFound) ? notFound : undefined);
    if (!served) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(file ? 200 : 404, { 'content-type': lookup(served) ?? 'application/octet-stream' });
    createReadStream(served).pipe(response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
