import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readLastCommitDates } from '../src/last-updated.ts';

// A real repository on disk, with two commits at known times.
const firstCommitTime = '2024-03-01T10:00:00Z';
const secondCommitTime = '2025-06-15T12:30:00Z';
let workDir: string;
let repository: string;

function git(cwd: string, args: string[], date?: string) {
  const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], { cwd, env, stdio: 'pipe' });
}

beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'pressroom-last-updated-'));
  repository = join(workDir, 'repository');
  mkdirSync(join(repository, 'content/docs/guides'), { recursive: true });
  git(repository, ['init', '-q', '-b', 'main']);
  writeFileSync(join(repository, 'content/docs/old.md'), '# Old\n');
  writeFileSync(join(repository, 'content/docs/guides/changed.md'), '# Changed\n');
  git(repository, ['add', '.']);
  git(repository, ['commit', '-q', '-m', 'first'], firstCommitTime);
  writeFileSync(join(repository, 'content/docs/guides/changed.md'), '# Changed again\n');
  writeFileSync(join(repository, 'outside.md'), '# Outside the docs\n');
  git(repository, ['add', '.']);
  git(repository, ['commit', '-q', '-m', 'second'], secondCommitTime);
  writeFileSync(join(repository, 'content/docs/never-committed.md'), '# New\n');
});

afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
});

describe('readLastCommitDates', () => {
  test('gives each committed file the date of its newest commit, keyed by its path in the folder', () => {
    const dates = readLastCommitDates(join(repository, 'content/docs'));
    expect(Object.fromEntries([...dates].map(([path, date]) => [path, date.toISOString()]))).toEqual({
      'old.md': '2024-03-01T10:00:00.000Z',
      'guides/changed.md': '2025-06-15T12:30:00.000Z',
    });
  });

  test('in a shallow clone, leaves out files whose newest commit is the cut-off commit', () => {
    const depthTwo = join(workDir, 'depth-two');
    const depthOne = join(workDir, 'depth-one');
    git(workDir, ['clone', '-q', '--depth', '2', `file://${repository}`, depthTwo]);
    git(workDir, ['clone', '-q', '--depth', '1', `file://${repository}`, depthOne]);
    const fromDepthTwo = readLastCommitDates(join(depthTwo, 'content/docs'));
    expect([...fromDepthTwo.keys()]).toEqual(['guides/changed.md']);
    expect(fromDepthTwo.get('guides/changed.md')?.toISOString()).toBe('2025-06-15T12:30:00.000Z');
    expect(readLastCommitDates(join(depthOne, 'content/docs')).size).toBe(0);
  });

  test('gives no dates, and no error, in a copy without git history', () => {
    const copy = join(workDir, 'copy');
    cpSync(join(repository, 'content'), join(copy, 'content'), { recursive: true });
    expect(readLastCommitDates(join(copy, 'content/docs')).size).toBe(0);
  });

  test('gives no dates for a folder that does not exist', () => {
    expect(readLastCommitDates(join(workDir, 'missing')).size).toBe(0);
  });
});
