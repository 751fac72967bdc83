import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export class GitError extends Error {
  override name = 'GitError';
}

export async function git(root: string, args: readonly string[]): Promise<string> {
  try {
    const { stdout } = await run('git', args, { cwd: root, maxBuffer: 256 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new GitError(`git ${args.join(' ')} failed${stderr ? `: ${stderr}` : ''}`);
  }
}

export async function isRevision(root: string, ref: string): Promise<boolean> {
  try {
    await git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

/** The commit a ref names, in full. */
export async function resolveCommit(root: string, ref: string): Promise<string> {
  if (!(await isRevision(root, ref))) throw new GitError(`Unknown git revision ${ref}, expected a branch, tag or commit (fetch it first in a shallow clone)`);
  return (await git(root, ['rev-parse', `${ref}^{commit}`])).trim();
}

/** Where the branch left `base`: the commit both builds are compared from. */
export async function mergeBase(root: string, base: string): Promise<string> {
  await resolveCommit(root, base);
  return (await git(root, ['merge-base', 'HEAD', base])).trim();
}

/** The default branch to compare with: `origin/HEAD`, then `origin/<branch>`, then `<branch>`. */
export async function defaultBaseRef(root: string, branch: string): Promise<string> {
  for (const candidate of ['origin/HEAD', `origin/${branch}`, branch]) if (await isRevision(root, candidate)) return candidate;
  throw new GitError(`No default branch to compare with (tried origin/HEAD, origin/${branch}, ${branch}); pass --base <ref>`);
}

export interface ChangedPath {
  status: 'added' | 'modified' | 'removed' | 'renamed';
  /** Repository-relative posix path in the head (in the base for a removed file). */
  path: string;
  /** The path in the base, for a renamed file. */
  from?: string;
}

/**
 * What the working tree changed since `base` (committed, staged, unstaged and untracked files),
 * renames found as git finds them.
 */
export async function changedPaths(root: string, base: string): Promise<ChangedPath[]> {
  const diff = (await git(root, ['diff', '--name-status', '-z', '--find-renames', base, '--'])).split('\0');
  const changed: ChangedPath[] = [];
  for (let index = 0; index < diff.length - 1; ) {
    const code = diff[index++]!;
    if (code.startsWith('R')) {
      const from = diff[index++]!;
      changed.push({ status: 'renamed', path: diff[index++]!, from });
    } else {
      const path = diff[index++]!;
      changed.push({ status: code === 'A' ? 'added' : code === 'D' ? 'removed' : 'modified', path });
    }
  }
  const untracked = (await git(root, ['ls-files', '--others', '--exclude-standard', '-z'])).split('\0').filter(Boolean);
  for (const path of untracked) changed.push({ status: 'added', path });
  return changed.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Per file, the 1-based lines the change added or modified (`'all'` for a new file). */
export async function addedLines(root: string, base: string, changed: readonly ChangedPath[]): Promise<Map<string, Set<number> | 'all'>> {
  const result = new Map<string, Set<number> | 'all'>();
  for (const entry of changed) if (entry.status === 'added') result.set(entry.path, 'all');
  const tracked = changed.filter((entry) => entry.status === 'modified' || entry.status === 'renamed').map((entry) => entry.path);
  if (tracked.length === 0) return result;
  const diff = await git(root, ['diff', '-U0', '--no-color', '--find-renames', base, '--', ...tracked, ...changed.flatMap((entry) => (entry.from ? [entry.from] : []))]);
  let current: Set<number> | undefined;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const path = line.slice(4).replace(/^b\//, '');
      current = new Set();
      if (path !== '/dev/null') result.set(path, current);
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk && current) {
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      for (let number = start; number < start + count; number++) current.add(number);
    }
  }
  return result;
}

/** A file's bytes at a revision, or `undefined` when it does not exist there. */
export async function fileAt(root: string, revision: string, path: string): Promise<string | undefined> {
  try {
    return await git(root, ['show', `${revision}:${path}`]);
  } catch {
    return undefined;
  }
}
