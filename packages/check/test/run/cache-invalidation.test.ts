/**
 * The content-hash cache must never answer with findings that a run without it would not give.
 * Every test changes something a cached answer could depend on (the file, the dictionary, either
 * config file, a file it links to) and compares the cached run's report with a `--no-cache` run
 * of the same tree. Only the CLI's output is asserted, so the tests hold whatever the cache stores.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fixtureCopy, runCli } from '../helpers/cli.js';

interface Report {
  files: number;
  diagnostics: { file: string; line: number; column: number; ruleId: string; severity?: string; message: string }[];
}

interface Run {
  code: number;
  stdout: string;
  report: Report;
  /** From `--profile`: `(N of M files from the cache)`. */
  fromCache: number;
  files: number;
}

async function check(dir: string, ...args: string[]): Promise<Run> {
  const run = await runCli(['check', '--format', 'json', '--profile', ...args], dir);
  expect(run.code, run.stderr).toBeLessThan(2);
  const profile = /\((\d+) of (\d+) files from the cache\)/.exec(run.stderr);
  expect(profile, run.stderr).not.toBeNull();
  return { code: run.code, stdout: run.stdout, report: JSON.parse(run.stdout) as Report, fromCache: Number(profile?.[1]), files: Number(profile?.[2]) };
}

/**
 * A run with the default cache, checked against a `--no-cache` run of the same tree: same report,
 * same exit code. The reference runs second, so it cannot have filled the cache for the first.
 */
async function checkAgainstReference(dir: string, ...args: string[]): Promise<Run> {
  const cached = await check(dir, ...args);
  const reference = await check(dir, '--no-cache', ...args);
  expect(reference.fromCache).toBe(0);
  expect(cached.stdout).toBe(reference.stdout);
  expect(cached.code).toBe(reference.code);
  return cached;
}

/** `file:line ruleId`, enough to tell the findings apart and to read a failure. */
const findings = (run: Run) => run.report.diagnostics.map((d) => `${d.file}:${d.line} ${d.ruleId}`);

const guide = 'content/blog/guide.md';
const install = 'content/blog/install.md';
const topics = 'content/blog/topics.md';

/**
 * The fixture after one run, which fills the cache (that a second run is answered from it entirely
 * is cache.test.ts's concern; here the first test shows that the other files come from it).
 */
async function warmFixture(): Promise<string> {
  const dir = fixtureCopy('cache-invalidation');
  const first = await check(dir);
  expect(first.fromCache).toBe(0);
  // What the fixture starts with: one missing file and one unknown word, both in the guide.
  expect(findings(first)).toEqual([`${guide}:8 link-missing-file`, `${guide}:11 spelling`]);
  return dir;
}

function edit(dir: string, file: string, from: string | RegExp, to: string): void {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = before.replace(from, to);
  expect(after, `${file} has no ${String(from)}`).not.toBe(before);
  writeFileSync(path, after);
}

describe('the cache never serves a stale answer', () => {
  test('an edited file is checked again', async () => {
    const dir = await warmFixture();
    appendFileSync(join(dir, topics), '\nEach partiton is a log.\n');
    const run = await checkAgainstReference(dir);
    // Only the edited file is checked again; the others are answered from the cache.
    expect(run.fromCache).toBe(run.files - 1);
    expect(findings(run)).toContain(`${topics}:10 spelling`);
    expect(run.stdout).toContain('`partiton`');
  });

  test('an edited project-words.txt checks every file again and changes the spelling findings of unchanged files', async () => {
    const dir = await warmFixture();
    // Zorbly becomes a known word; Quillmark, written in every file, becomes unknown.
    writeFileSync(join(dir, 'project-words.txt'), 'Zorbly\n');
    const run = await checkAgainstReference(dir);
    expect(run.fromCache).toBe(0);
    expect(run.stdout).not.toContain('`Zorbly`');
    const unknownQuillmark = new Set(run.report.diagnostics.filter((d) => d.ruleId === 'spelling' && d.message.includes('`Quillmark`')).map((d) => d.file));
    expect([...unknownQuillmark].sort()).toEqual(['content/blog/guide.md', 'content/blog/install.md', 'content/blog/topics.md', 'content/docs/index.md']);

    writeFileSync(join(dir, 'project-words.txt'), 'Quillmark\n');
    const back = await checkAgainstReference(dir);
    expect(findings(back)).toEqual([`${guide}:8 link-missing-file`, `${guide}:11 spelling`]);
  });

  test('an edited cspell.config.yaml checks every file again', async () => {
    const dir = await warmFixture();
    appendFileSync(join(dir, 'cspell.config.yaml'), 'words:\n  - Zorbly\n');
    const run = await checkAgainstReference(dir);
    expect(run.fromCache).toBe(0);
    expect(findings(run)).toEqual([`${guide}:8 link-missing-file`]);
  });

  test('an edited pressroom.config.json checks every file again: a rule turned to a warning is reported as one', async () => {
    const dir = await warmFixture();
    const configPath = join(dir, 'pressroom.config.json');
    const config = JSON.parse(readFileSync(configPath, 'utf8')) as Record<string, unknown>;
    writeFileSync(configPath, JSON.stringify({ ...config, checks: { rules: { spelling: 'warning', 'link-missing-file': 'warning' } } }, null, 2));
    const run = await checkAgainstReference(dir);
    expect(run.fromCache).toBe(0);
    expect(findings(run)).toEqual([`${guide}:8 link-missing-file`, `${guide}:11 spelling`]);
    // Nothing is an error any more, so the run passes.
    expect(run.code).toBe(0);
  });

  test('a heading renamed in a linked file breaks the anchor in the unchanged file, and renaming it back clears it', async () => {
    const dir = await warmFixture();
    edit(dir, install, '## Setup', '## Installation');
    const broken = await checkAgainstReference(dir);
    expect(findings(broken)).toContain(`${guide}:8 link-missing-anchor`);
    expect(broken.stdout).toContain('#setup');

    edit(dir, install, '## Installation', '## Setup');
    const fixed = await checkAgainstReference(dir);
    expect(findings(fixed)).not.toContain(`${guide}:8 link-missing-anchor`);
    expect(findings(fixed)).toEqual([`${guide}:8 link-missing-file`, `${guide}:11 spelling`]);
  });

  test('a linked file deleted and created again is reported missing, then found', async () => {
    const dir = await warmFixture();
    const installText = readFileSync(join(dir, install), 'utf8');
    rmSync(join(dir, install));
    const deleted = await checkAgainstReference(dir);
    expect(findings(deleted).filter((finding) => finding.startsWith(guide))).toEqual([`${guide}:8 link-missing-file`, `${guide}:8 link-missing-file`, `${guide}:11 spelling`]);

    writeFileSync(join(dir, install), installText);
    const restored = await checkAgainstReference(dir);
    expect(findings(restored)).toEqual([`${guide}:8 link-missing-file`, `${guide}:11 spelling`]);
  });

  test('a new file makes the broken link of an unchanged file valid', async () => {
    const dir = await warmFixture();
    writeFileSync(
      join(dir, 'content/blog/notes.md'),
      '---\ntitle: Release notes\ndescription: What changed in each Kafka release.\npubDatetime: 2025-01-20\ntags: [Guide]\n---\n\nThe first release.\n',
    );
    const run = await checkAgainstReference(dir);
    expect(findings(run)).toEqual([`${guide}:11 spelling`]);
  });

  test('a link target that becomes a draft is reported in the unchanged file that links to it, and published again it is not', async () => {
    const dir = await warmFixture();
    edit(dir, topics, 'tags: [Guide]\n', 'tags: [Guide]\ndraft: true\n');
    const draft = await checkAgainstReference(dir);
    expect(findings(draft)).toContain(`${guide}:9 link-unpublished-target`);

    edit(dir, topics, 'draft: true\n', 'draft: false\n');
    const published = await checkAgainstReference(dir);
    expect(findings(published)).toEqual([`${guide}:8 link-missing-file`, `${guide}:11 spelling`]);
  });
});

function git(dir: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, stdio: 'ignore' });
}

test('--changed on a warm cache reports the anchor that a change to a linked file broke in an unchanged file', async () => {
  const dir = fixtureCopy('cache-invalidation');
  writeFileSync(join(dir, '.gitignore'), 'node_modules/\n');
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'content');
  // The cache a contributor has from checking main before branching.
  expect((await check(dir)).fromCache).toBe(0);
  git(dir, 'checkout', '-q', '-b', 'rename-heading');

  edit(dir, install, '## Setup', '## Installation');
  git(dir, 'commit', '-q', '-am', 'rename the setup heading');
  const broken = await checkAgainstReference(dir, '--changed', 'main');
  expect(findings(broken)).toContain(`${guide}:8 link-missing-anchor`);

  expect(broken.report.files).toBeGreaterThanOrEqual(2);

  // Back to `## Setup`, with another edit so that the file still differs from main and is checked.
  edit(dir, install, '## Installation', '## Setup');
  appendFileSync(join(dir, install), '\nStop the broker before an upgrade.\n');
  git(dir, 'commit', '-q', '-am', 'rename it back, add a line');
  const fixed = await checkAgainstReference(dir, '--changed', 'main');
  expect(fixed.report.files).toBeGreaterThanOrEqual(2);
  // guide.md's other findings (a link to the missing notes.md, an unknown word) were there before
  // the branch: it is checked only for its links into the changed file, which all land again.
  expect(findings(fixed)).toEqual([]);
});
