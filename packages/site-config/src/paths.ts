import { sep } from 'node:path';

/**
 * A path the operating system gave (from `path.relative`, a glob) with `/` between its segments,
 * as repository paths are written in reports, caches and links. On POSIX systems it is returned as
 * it is: a backslash there is part of a file's name.
 */
export function toPosixPath(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/**
 * A repository path as a config or a caller wrote it, in the form this package compares: either
 * separator read as `/`, a leading `./` dropped. Written paths travel between systems.
 */
export function writtenPath(path: string): string {
  return path.replaceAll('\\', '/').replace(/^\.\//, '');
}
