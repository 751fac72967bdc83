import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { JsonReport } from '../../src/report/json.js';
import { fixtureCopy, runCli, temporaryDir } from '../helpers/cli.js';

// The flags users of ESLint, cspell and markdownlint-cli2 reach for, each run as the built CLI.

const found = (stdout: string) => (JSON.parse(stdout) as JsonReport).diagnostics.map((d) => `${d.file}:${d.line} ${d.ruleId}`);

describe('--config', () => {
  test('reads the configuration file it names, whose folder is the root', async () => {
    const dir = fixtureCopy('mixed');
    renameSync(join(dir, 'pressroom.config.json'), join(dir, 'pressroom.other.json'));
    const run = await runCli(['check', '--config', 'pressroom.other.json', '--format', 'json', 'content/blog/typo.md'], dir);
    expect(found(run.stdout)).toEqual(['content/blog/typo.md:8 spelling']);
    expect(run.code).toBe(1);
  });

  test('a file that cannot be read is a configuration error, exit 2', async () => {
    const run = await runCli(['check', '--config', 'missing.json'], fixtureCopy('mixed'));
    expect(run.stderr).toMatch(/Unexpected --config missing\.json: ENOENT, expected the path of a pressroom\.config\.json/);
    expect(run.code).toBe(2);
  });
});

describe('--max-warnings', () => {
  // Two warnings and no error in that file.
  const file = 'content/docs/unsafe.md';

  test('warnings alone exit 0, as long as there are no more than the limit', async () => {
    const dir = fixtureCopy('mixed');
    expect((await runCli(['check', file], dir)).code).toBe(0);
    expect((await runCli(['check', '--max-warnings', '2', file], dir)).code).toBe(0);
  });

  test('more warnings than the limit exit 1 and say so', async () => {
    const run = await runCli(['check', '--max-warnings', '1', file], fixtureCopy('mixed'));
    expect(run.stderr).toContain('pressroom: 2 warnings, more than --max-warnings 1 allows');
    expect(run.code).toBe(1);
  });

  test('a limit that is not a whole number is a usage error', async () => {
    const run = await runCli(['check', '--max-warnings', 'many', file], fixtureCopy('mixed'));
    expect(run.stderr).toMatch(/Unexpected --max-warnings many, expected a whole number of warnings/);
    expect(run.code).toBe(2);
  });
});

describe('--stdin --stdin-filename', () => {
  test('checks standard input as the file it names, which need not exist', async () => {
    const dir = fixtureCopy('mixed');
    const text = readFileSync(join(dir, 'content/blog/typo.md'), 'utf8');
    const run = await runCli(['check', '--stdin', '--stdin-filename', 'content/blog/draft.md', '--format', 'json'], dir, {}, text);
    expect(found(run.stdout)).toEqual(['content/blog/draft.md:8 spelling']);
    expect(run.code).toBe(1);
    expect(existsSync(join(dir, 'content/blog/draft.md'))).toBe(false);
  });

  test('--stdin needs the file name, and paths are not read with it', async () => {
    const dir = fixtureCopy('mixed');
    expect((await runCli(['check', '--stdin'], dir, {}, '')).stderr).toMatch(/--stdin needs --stdin-filename <path>/);
    const both = await runCli(['check', '--stdin', '--stdin-filename', 'a.md', 'content/blog/typo.md'], dir, {}, '');
    expect(both.stderr).toMatch(/Unexpected paths, --changed or --staged with --stdin/);
    expect(both.code).toBe(2);
  });
});

test('-o, --output-file writes the report to the file, and the exit code is the run\'s', async () => {
  const dir = fixtureCopy('mixed');
  const run = await runCli(['check', '--format', 'json', '-o', 'reports/check.json', 'content/blog/typo.md'], dir);
  expect(run.stdout).toBe('');
  expect(found(readFileSync(join(dir, 'reports/check.json'), 'utf8'))).toEqual(['content/blog/typo.md:8 spelling']);
  expect(run.code).toBe(1);
  const long = await runCli(['check', '--output-file', 'plain.txt', 'content/blog/typo.md'], dir);
  expect(long.stdout).toBe('');
  // A file gets no colour, whatever the terminal.
  expect(readFileSync(join(dir, 'plain.txt'), 'utf8')).toMatch(/^content\/blog\/typo\.md\n {2}8:51-8:56 {2}error/);
});

test('--print-config prints what applies to a file and checks nothing', async () => {
  const dir = fixtureCopy('mixed');
  const run = await runCli(['check', '--print-config', 'content/blog/typo.md'], dir);
  expect(run.code).toBe(0);
  const printed = JSON.parse(run.stdout) as { file: string; site: string; configFile: string; rules: Record<string, unknown> };
  expect(printed).toMatchObject({ file: 'content/blog/typo.md', site: 'blog', configFile: join(dir, 'pressroom.config.json') });
  expect(printed.rules.spelling).toBe('error');
  expect(printed.rules['heading-increment']).toBe('warning');
});

describe('--fix-dry-run', () => {
  const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/fix/${name}`, import.meta.url));
  function fixDir(): string {
    const dir = temporaryDir('fix-dry-run');
    mkdirSync(join(dir, 'content/blog'), { recursive: true });
    copyFileSync(fixture('pressroom.config.json'), join(dir, 'pressroom.config.json'));
    copyFileSync(fixture('cspell.config.yaml'), join(dir, 'cspell.config.yaml'));
    copyFileSync(fixture('input.md'), join(dir, 'content/blog/post.md'));
    return dir;
  }

  test('prints the fixes as a diff that git applies, and writes nothing', async () => {
    const dir = fixDir();
    const run = await runCli(['check', '--fix-dry-run'], dir);
    expect(readFileSync(join(dir, 'content/blog/post.md'))).toEqual(readFileSync(fixture('input.md')));
    expect(run.stdout).toMatch(/^--- a\/content\/blog\/post\.md\n\+\+\+ b\/content\/blog\/post\.md\n@@ /);
    // The report goes to stderr, so that stdout is the patch alone; the misspelling is still there.
    expect(run.stderr).toMatch(/\(3 fixes in the diff, not written\)/);
    expect(run.code).toBe(1);
    writeFileSync(join(dir, 'fixes.patch'), run.stdout);
    execFileSync('git', ['apply', 'fixes.patch'], { cwd: dir });
    expect(readFileSync(join(dir, 'content/blog/post.md'))).toEqual(readFileSync(fixture('expected-style.md')));
  });
});

test('--staged checks the files staged in git, as they are staged', async () => {
  const dir = fixtureCopy('mixed');
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
  git('init', '-q');
  git('add', '.');
  git('-c', 'user.name=Test', '-c', 'user.email=test@example.com', 'commit', '-q', '-m', 'content');
  // Staged with a misspelling, then corrected in the working tree only: the commit would hold the misspelling.
  const post = join(dir, 'content/blog/staged.md');
  writeFileSync(post, readFileSync(join(dir, 'content/blog/typo.md')));
  git('add', 'content/blog/staged.md');
  writeFileSync(post, readFileSync(join(dir, 'content/blog/typo.md'), 'utf8').replace('ofset', 'offset'));

  const run = await runCli(['check', '--staged', '--format', 'json'], dir);
  // Only the staged file: the committed ones with findings are not checked.
  expect(JSON.parse(run.stdout)).toMatchObject({ files: 1 });
  expect(found(run.stdout)).toEqual(['content/blog/staged.md:8 spelling']);
  expect(run.code).toBe(1);
});
