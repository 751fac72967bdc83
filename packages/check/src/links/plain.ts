import { join, posix } from 'node:path';
import type { LinkKind } from '../rule.js';
import type { LinkGraph } from './graph.js';
import type { Resolution } from './resolution.js';

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Every checked file as written from `from`'s folder: one list per folder and run. */
function filesFrom(graph: LinkGraph, from: string): string[] {
  return graph.memo(`plain-files-from:${posix.dirname(from)}`, () =>
    [...(graph.plainFiles?.keys() ?? []), ...graph.pagesByFile.keys()].map((to) => {
      const path = posix.relative(posix.dirname(from), to);
      return path.startsWith('.') ? path : `./${path}`;
    }),
  );
}

/** An anchor of a checked file outside every site; other files' anchors are not known. */
function anchorOn(graph: LinkGraph, relativePath: string, hash: string | undefined, where: string): Resolution {
  if (hash === undefined || hash === '') return { status: 'ok' };
  const ids = graph.plainFiles?.get(relativePath)?.ids ?? graph.pagesByFile.get(relativePath)?.ids;
  const anchor = decode(hash);
  if (!ids || anchor.toLowerCase() === 'top' || ids.has(anchor)) return { status: 'ok' };
  return { status: 'missing-anchor', page: undefined, anchor, where, candidates: () => [...ids] };
}

/**
 * A link of a file no site publishes, in a repository without `pressroom.config.json`: resolved
 * as GitHub shows the file, relative to it (`/` is the repository root), to any file or folder of
 * the repository, and to a heading of a checked Markdown file.
 */
export function resolvePlainLink(
  graph: LinkGraph,
  from: string,
  url: { path: string; query: string; hash: string | undefined },
  kind: LinkKind,
): Resolution {
  const { path, hash } = url;
  if (path === '') return anchorOn(graph, from, hash, from);
  const written = decode(path).replaceAll('\\', '/');
  const target = written.startsWith('/') ? posix.normalize(written.replace(/^\/+/, '')) : posix.normalize(posix.join(posix.dirname(from), written));
  const absolute = join(graph.rootDir, target);
  if (graph.isFile(absolute)) return anchorOn(graph, target, hash, target);
  if (target === '.' || graph.isFolder(absolute)) return { status: 'ok' };
  return { status: 'missing-file', target: path, candidates: () => (kind === 'image' ? [] : filesFrom(graph, from)) };
}
