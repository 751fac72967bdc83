import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';

function git(cwd: string, args: string[]): string | undefined {
  const result = spawnSync('git', ['-c', 'core.quotePath=false', ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error || result.status !== 0) return undefined;
  return result.stdout;
}

/**
 * The date of the newest commit that touched each file under `directory`, keyed by the file's path
 * relative to `directory` (with `/`).
 *
 * A file is left out when its date is unknown: no git, not a repository, a file never committed,
 * or a file whose newest commit is the cut-off commit of a shallow clone (such a commit lists
 * every file as added, so its date says nothing about when the file last changed).
 */
export function readLastCommitDates(directory: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  const absoluteDirectory = resolve(directory);
  const topLevel = git(absoluteDirectory, ['rev-parse', '--show-toplevel'])?.trim();
  if (!topLevel) return dates;

  const shallowFile = git(absoluteDirectory, ['rev-parse', '--path-format=absolute', '--git-path', 'shallow'])?.trim();
  const cutOffCommits = new Set(
    shallowFile && existsSync(shallowFile) ? readFileSync(shallowFile, 'utf8').split('\n').filter(Boolean) : [],
  );

  const log = git(topLevel, ['log', '--format=commit %H %ct', '--name-only', '--no-renames', '--', absoluteDirectory]);
  if (log === undefined) return dates;

  const seen = new Set<string>();
  let commitDate: Date | undefined;
  for (const line of log.split('\n')) {
    const header = /^commit ([0-9a-f]+) (\d+)$/.exec(line);
    if (header) {
      commitDate = cutOffCommits.has(header[1]!) ? undefined : new Date(Number(header[2]) * 1000);
      continue;
    }
    if (line === '' || seen.has(line)) continue;
    // The log is newest first: the first commit naming a file is its newest one.
    seen.add(line);
    const path = relative(absoluteDirectory, resolve(topLevel, line)).replaceAll('\\', '/');
    if (commitDate && existsSync(resolve(topLevel, line))) dates.set(path, commitDate);
  }
  return dates;
}
