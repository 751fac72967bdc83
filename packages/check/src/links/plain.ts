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

/** The relative path from one repository file's folder to another file, `./`-prefixed. */
export function relativeFilePath(from: string, to: string): string {
  const path = posix.relative(posix.dirname(from), to);
  return path.startsWith('.') ? path : `./${path}`;
}

/**
 * The fragment check of a checked file, or `undefined` for a file the run did not read: the one
 * thing that differs between a repository with sites and one without.
 */
export type CheckedFileAnchors = (target: string) => ((hash: string | undefined) => Resolution) | undefined;

/**
 * A link to a file of the repository as GitHub follows it: a checked file lands (its fragment
 * judged by `anchorsOf`), as do any other file and any folder; anything else is missing, with
 * `candidates` offering what it could mean.
 */
export function resolveRepositoryFile(
  graph: LinkGraph,
  target: string,
  written: string,
  hash: string | undefined,
  anchorsOf: CheckedFileAnchors,
  candidates: () => string[],
): Resolution {
  const checked = anchorsOf(target);
  if (checked) return checked(hash);
  const absolute = join(graph.rootDir, target);
  if (target === '.' || graph.isFile(absolute) || graph.isFolder(absolute)) return { status: 'ok' };
  return { status: 'missing-file', target: written, candidates };
}

/** Every checked file as written from `from`'s folder: one list per folder and run. */
function filesFrom(graph: LinkGraph, from: string): string[] {
  return graph.memo(`plain-files-from:${posix.dirname(from)}`, () =>
    [...(graph.plainFiles?.keys() ?? []), ...graph.pagesByFile.keys()].map((to) => relativeFilePath(from, to)),
  );
}

/** The anchors of a checked file outside every site; other files' anchors are not known. */
function checkedFileAnchor(graph: LinkGraph, relativePath: string, hash: string | undefined): Resolution {
  if (hash === undefined || hash === '') return { status: 'ok' };
  const ids = graph.plainFiles?.get(relativePath)?.ids ?? graph.pagesByFile.get(relativePath)?.ids;
  const anchor = decode(hash);
  if (!ids || anchor.toLowerCase() === 'top' || ids.has(anchor)) return { status: 'ok' };
  return { status: 'missing-anchor', page: undefined, anchor, where: relativePath, candidates: () => [...ids] };
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
  if (path === '') return checkedFileAnchor(graph, from, hash);
  const written = decode(path).replaceAll('\\', '/');
  const target = written.startsWith('/') ? posix.normalize(written.replace(/^\/+/, '')) : posix.normalize(posix.join(posix.dirname(from), written));
  return resolveRepositoryFile(
    graph,
    target,
    path,
    hash,
    (file) => (graph.plainFiles?.has(file) || graph.pagesByFile.has(file) ? (fragment) => checkedFileAnchor(graph, file, fragment) : undefined),
    () => (kind === 'image' ? [] : filesFrom(graph, from)),
  );
}
