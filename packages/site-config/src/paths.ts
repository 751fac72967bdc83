import { sep } from 'node:path';

/**
 * A path the operating system gave (from `path.relative`, a glob) with `/` between its segments,
 * as repository paths are written in reports, caches and links. On POSIX systems it is returned as
 * it is: a backslash there is part of a file's name.
 */
export function toPosixPath(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
