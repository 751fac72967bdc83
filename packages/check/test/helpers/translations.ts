import { execFileSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { temporaryDir } from './cli.js';

const fixture = fileURLToPath(new URL('../fixtures/translations/', import.meta.url));

/** git with a fixed author and, when given, a fixed date for both author and committer. */
export function git(dir: string, args: string[], date?: string): string {
  return execFileSync('git', ['-c', 'user.name=Writer', '-c', 'user.email=writer@example.com', '-c', 'commit.gpgsign=false', ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) },
  });
}

/**
 * A scratch repository: the `translations` fixture's pages committed, then its `later/` versions of
 * three sources committed a day after.
 */
export function scratchHistory(): string {
  const dir = temporaryDir('translations');
  cpSync(join(fixture, 'pressroom.config.json'), join(dir, 'pressroom.config.json'));
  cpSync(join(fixture, 'content'), join(dir, 'content'), { recursive: true });
  git(dir, ['init', '--quiet', '--initial-branch=main']);
  git(dir, ['add', '.']);
  git(dir, ['commit', '--quiet', '-m', 'Write the pages and their translations'], '2026-01-10T10:00:00Z');
  cpSync(join(fixture, 'later/content'), join(dir, 'content'), { recursive: true });
  git(dir, ['commit', '--quiet', '-am', 'Edit three sources'], '2026-01-11T10:00:00Z');
  return dir;
}
