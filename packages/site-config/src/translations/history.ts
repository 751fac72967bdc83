/**
 * What git knows of the content's history, for the translation rule: each file's last commit, and a
 * file as it was at a commit or as a blob. Asked once a run with a few git commands; a folder that
 * is no repository, or a shallow clone that lacks the history, says so instead of answering.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';

export interface Commit {
  hash: string;
  /** Seconds since the epoch (committer date). */
  time: number;
}

export type History =
  | {
      available: true;
      /** The commit checked out, which names the history's state for the run-wide cache. */
      head: string;
      /** The last commit that changed a path (repository-relative, `/`), if any did. */
      lastCommit(path: string): Commit | undefined;
      /** The file at `path` as it was at `commit`; `undefined` when it did not exist then. */
      fileAt(commit: string, path: string): Promise<string | undefined>;
      /**
       * The latest version of the file at `path` in its history whose sha256 starts with `sha256`;
       * `undefined` when none of its last commits had it.
       */
      versionWithHash(path: string, sha256: string): Promise<string | undefined>;
    }
  | { available: false; reason: string };

function git(rootDir: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd: rootDir, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' }, (error, stdout) => (error ? reject(error) : resolve(stdout)));
  });
}

/** The history of the files under `folders` (repository-relative). */
export async function readHistory(rootDir: string, folders: readonly string[]): Promise<History> {
  let head: string;
  try {
    if ((await git(rootDir, ['rev-parse', '--is-inside-work-tree'])).trim() !== 'true') return { available: false, reason: 'not a git work tree' };
    if ((await git(rootDir, ['rev-parse', '--is-shallow-repository'])).trim() === 'true') {
      return { available: false, reason: 'a shallow clone (fetch the whole history, e.g. `fetch-depth: 0` in GitHub Actions)' };
    }
    head = (await git(rootDir, ['rev-parse', 'HEAD'])).trim();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { available: false, reason: code === 'ENOENT' ? 'git is not installed' : 'not a git repository with commits' };
  }
  const prefix = (await git(rootDir, ['rev-parse', '--show-prefix'])).trim();
  // One log of the content folders, newest first: a path's first commit in it is its last.
  const log = await git(rootDir, ['log', '--format=%x01%H %ct', '--name-only', '--no-renames', '--', ...folders]);
  const last = new Map<string, Commit>();
  for (const entry of log.split('\x01')) {
    const [header, ...paths] = entry.split('\n');
    const [hash, time] = (header ?? '').split(' ');
    if (!hash || !time) continue;
    for (const path of paths) {
      // git names paths from the repository's top; the run's are from `rootDir`.
      const own = path.startsWith(prefix) ? path.slice(prefix.length) : undefined;
      if (own && !last.has(own)) last.set(own, { hash, time: Number(time) });
    }
  }
  return {
    available: true,
    head,
    lastCommit: (path) => last.get(path),
    fileAt: (commit, path) => git(rootDir, ['show', `${commit}:./${path}`]).catch(() => undefined),
    async versionWithHash(path, sha256) {
      const commits = (await git(rootDir, ['log', `--max-count=${versionsSearched}`, '--format=%H', '--', path]).catch(() => '')).split('\n').filter(Boolean);
      for (const commit of commits) {
        const bytes = await gitBytes(rootDir, ['show', `${commit}:./${path}`]);
        if (bytes && createHash('sha256').update(bytes).digest('hex').startsWith(sha256)) return bytes.toString('utf8');
      }
      return undefined;
    },
  };
}

/** Versions of a source looked through for the one a translation recorded. */
const versionsSearched = 200;

function gitBytes(rootDir: string, args: string[]): Promise<Buffer | undefined> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd: rootDir, maxBuffer: 256 * 1024 * 1024, encoding: 'buffer' }, (error, stdout) => resolve(error ? undefined : stdout));
  });
}
