import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readFileSync, realpathSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { dirname, join } from 'node:path';

/**
 * A package registry on 127.0.0.1 that serves what this workspace already installed: an install
 * into a scratch repository then reads no byte from the internet, and uses the real client
 * (`npm install --registry`) as a user would.
 */
export interface LocalRegistry {
  url: string;
  close(): Promise<void>;
}

interface Manifest {
  name: string;
  version: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}

const readManifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;

/** The folder a package resolves to from `fromDir`, as Node walks `node_modules` up. */
function installedDir(fromDir: string, name: string): string | undefined {
  let dir = realpathSync(fromDir);
  for (;;) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return realpathSync(candidate);
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * Every package `names` need at run time, resolved from `fromDir`: dependencies, optional ones
 * when installed, and required peers; optional peers are left out, as an install leaves them.
 */
export function dependencyClosure(fromDir: string, names: Iterable<string>): Map<string, string> {
  const found = new Map<string, string>();
  const queue: [string, string][] = [...names].map((name) => [fromDir, name]);
  while (queue.length > 0) {
    const [from, name] = queue.shift()!;
    const dir = installedDir(from, name);
    if (!dir) continue;
    const manifest = readManifest(dir);
    const key = `${manifest.name}@${manifest.version}`;
    if (found.has(key)) continue;
    found.set(key, dir);
    const optionalPeers = new Set(Object.entries(manifest.peerDependenciesMeta ?? {}).filter(([, meta]) => meta.optional).map(([peer]) => peer));
    const next = [
      ...Object.keys(manifest.dependencies ?? {}),
      ...Object.keys(manifest.optionalDependencies ?? {}),
      ...Object.keys(manifest.peerDependencies ?? {}).filter((peer) => !optionalPeers.has(peer)),
    ];
    for (const dependency of next) queue.push([dir, dependency]);
  }
  return found;
}

/**
 * Serves `packages` (`name@version` → a package folder or a `.tgz`): a folder is packed with tar on
 * first request, as `npm pack` lays it out (`package/…`).
 */
export async function startRegistry(packages: Map<string, string>, workDir: string): Promise<LocalRegistry> {
  const byName = new Map<string, Map<string, { manifest: Manifest; source: string }>>();
  for (const source of packages.values()) {
    const manifest = source.endsWith('.tgz') ? tarballManifest(source) : readManifest(source);
    if (!byName.has(manifest.name)) byName.set(manifest.name, new Map());
    byName.get(manifest.name)!.set(manifest.version, { manifest, source });
  }
  mkdirSync(workDir, { recursive: true });
  const tarballs = new Map<string, string>();
  const tarballOf = (name: string, version: string, source: string) => {
    if (source.endsWith('.tgz')) return source;
    const key = `${name}@${version}`;
    if (!tarballs.has(key)) {
      const file = join(workDir, `${key.replace(/[/@]/g, '_')}.tgz`);
      execFileSync('tar', ['-czf', file, '--transform', 's,^\\.,package,', '-C', source, '.']);
      tarballs.set(key, file);
    }
    return tarballs.get(key)!;
  };

  let origin = '';
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://registry').pathname).slice(1);
    const tarball = /^(.+)\/-\/(.+)\.tgz$/.exec(path);
    if (tarball) {
      const name = tarball[1]!;
      const version = tarball[2]!.slice(name.split('/').at(-1)!.length + 1);
      const entry = byName.get(name)?.get(version);
      if (!entry) return void response.writeHead(404).end();
      response.writeHead(200, { 'content-type': 'application/octet-stream' });
      createReadStream(tarballOf(name, version, entry.source)).pipe(response);
      return;
    }
    const versions = byName.get(path);
    if (!versions) return void response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
    const document = {
      name: path,
      'dist-tags': { latest: [...versions.keys()].at(-1) },
      versions: Object.fromEntries(
        [...versions].map(([version, { manifest }]) => [
          version,
          { ...manifest, dist: { tarball: `${origin}/${path}/-/${path.split('/').at(-1)}-${version}.tgz` } },
        ]),
      ),
    };
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(document));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return { url: origin, close: () => new Promise((done) => server.close(() => done())) };
}

function tarballManifest(file: string): Manifest {
  return JSON.parse(execFileSync('tar', ['-xzOf', file, 'package/package.json'], { encoding: 'utf8' })) as Manifest;
}
