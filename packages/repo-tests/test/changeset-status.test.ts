import { spawnSync } from 'node:child_process';
import { appendFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { git, repoRoot, scratchRepository } from './repo.js';

const changesetBin = join(repoRoot, 'node_modules', '@changesets', 'cli', 'bin.js');
let scratch: string;

/** What CI's changeset job runs, on a branch of the scratch copy. */
function changesetStatus() {
  return spawnSync(process.execPath, [changesetBin, 'status', '--since=main'], { cwd: scratch, encoding: 'utf8' });
}

/** A branch off `main` with one commit that appends to each file. */
function branchChanging(branch: string, files: string[]) {
  git(scratch, 'checkout', '-q', 'main');
  git(scratch, 'checkout', '-q', '-b', branch);
  for (const file of files) appendFileSync(join(scratch, file), '\n// changed on a branch\n');
  git(scratch, 'commit', '-q', '-am', `change ${files.join(', ')}`);
}

beforeAll(() => {
  scratch = scratchRepository('pressroom-changesets-');
  // Start from a main with no pending changesets, as after a release.
  for (const file of readdirSync(join(scratch, '.changeset'))) {
    if (file.endsWith('.md') && file !== 'README.md') rmSync(join(scratch, '.changeset', file));
  }
  git(scratch, 'add', '-A');
  git(scratch, 'commit', '-q', '--allow-empty', '-m', 'released');
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('changeset status --since=main (the CI changeset job)', () => {
  test('fails when a published package changed without a changeset', () => {
    branchChanging('package-without-changeset', ['packages/site-config/src/index.ts']);
    const result = changesetStatus();
    expect(result.stdout + result.stderr).toContain('Some packages have been changed but no changesets were found');
    expect(result.status).toBe(1);
  });

  test('passes once the branch adds a changeset', () => {
    branchChanging('package-with-changeset', ['packages/site-config/src/index.ts']);
    writeFileSync(join(scratch, '.changeset', 'tidy-routes.md'), "---\n'@pressroom/site-config': patch\n---\n\nA comment in the index.\n");
    git(scratch, 'add', '.changeset/tidy-routes.md');
    git(scratch, 'commit', '-q', '-m', 'changeset');
    const result = changesetStatus();
    expect(result.stdout).toContain('@pressroom/site-config');
    expect(result.status).toBe(0);
  });

  test('a private package (the repository tests) needs no changeset', () => {
    branchChanging('private-package', ['packages/repo-tests/test/repo.ts']);
    expect(changesetStatus().status).toBe(0);
  });
});
