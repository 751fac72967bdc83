import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export class GitError extends Error {
  override name = 'GitError';
}

async function git(root: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await run('git', args, { cwd: root, maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new GitError(
      `Unexpected failure of \`git ${args.join(' ')}\`${stderr ? ` (${stderr})` : ''}, expected a git repository that holds the base commit; run inside the repository, or drop --changed`,
    );
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

/** The merge base with the default branch: `origin/HEAD`, then `origin/<branch>`, then `<branch>`. */
export async function defaultBase(root: string, branch: string): Promise<string> {
  for (const candidate of ['origin/HEAD', `origin/${branch}`, branch]) {
    if (!(await isRevision(root, candidate))) continue;
    return (await git(root, ['merge-base', 'HEAD', candidate])).trim();
  }
  throw new GitError(
    `Unexpected \`--changed\` without a ref where git knows none of origin/HEAD, origin/${branch} and ${branch}, expected a branch to compare with; pass \`--changed <ref>\`, or fetch the default branch first (\`git fetch origin ${branch}\`)`,
  );
}

/** Repo-relative paths changed since `base` (committed, staged, unstaged, untracked). */
export async function changedFiles(root: string, base: string): Promise<Set<string>> {
  const diff = await git(root, ['diff', '--name-only', '--no-renames', '-z', base, '--']);
  const untracked = await git(root, ['ls-files', '--others', '--exclude-standard', '-z']);
  return new Set([...diff.split('\0'), ...untracked.split('\0')].filter(Boolean));
}

/** Per file, the 1-based line numbers the change added or modified (all lines of a new file). */
export async function addedLines(root: string, base: string, files: Iterable<string>): Promise<Map<string, Set<number> | 'all'>> {
  const result = new Map<string, Set<number> | 'all'>();
  const list = [...files];
  if (list.length === 0) return result;
  const untracked = new Set((await git(root, ['ls-files', '--others', '--exclude-standard', '-z'])).split('\0').filter(Boolean));
  for (const file of list) if (untracked.has(file)) result.set(file, 'all');
  const diff = await git(root, ['diff', '-U0', '--no-color', '--no-renames', base, '--', ...list.filter((file) => !untracked.has(file))]);
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
