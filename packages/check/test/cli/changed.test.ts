import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { commitAsMainOnFeatureBranch, fixtureCopy, git, runCli } from '../helpers/cli.js';

/** The mixed fixture as a repository whose `main` holds the old typos (and what `prepare` writes). */
function repository(prepare?: (dir: string) => void): string {
  const dir = fixtureCopy('mixed');
  prepare?.(dir);
  return commitAsMainOnFeatureBranch(dir);
}

interface Output {
  files: number;
  diagnostics: { file: string; line: number; ruleId: string }[];
}

test('--changed checks only the files changed since the ref', async () => {
  const dir = repository();
  appendFileSync(join(dir, 'content/blog/good.md'), '\nA new paragraph with a mistaek.\n');
  git(dir, 'commit', '-q', '-am', 'edit');
  const run = await runCli(['check', '--changed', 'main', '--format', 'json'], dir);
  const output = JSON.parse(run.stdout) as Output;
  expect(output.files).toBe(1);
  expect(output.diagnostics.map((d) => `${d.file}:${d.line} ${d.ruleId}`)).toEqual(['content/blog/good.md:14 spelling']);
  expect(run.code).toBe(1);
});

test('--changed also checks the files whose links point into a changed file', async () => {
  const dir = repository();
  // good.md links to typo.md: a change to typo.md can break that link, so good.md is checked too.
  appendFileSync(join(dir, 'content/blog/typo.md'), '\nOne more line.\n');
  const run = await runCli(['check', '--changed', 'main', '--format', 'json'], dir);
  const output = JSON.parse(run.stdout) as Output;
  expect(output.files).toBe(2);
  expect(output.diagnostics.map((d) => `${d.file}:${d.line} ${d.ruleId}`)).toEqual(['content/blog/typo.md:8 spelling']);
});

test('in a file the branch left alone, --changed reports the links the change broke and nothing else, with --changed-lines too', async () => {
  const dir = repository((dir) => {
    appendFileSync(join(dir, 'content/blog/typo.md'), '\n## Offsets\n\nWhere a consumer is in a partition.\n');
    appendFileSync(join(dir, 'content/blog/good.md'), '\nSee [where consumers are](./typo.md#offsets) and [the topics](#topics); an old mesage.\n');
  });
  // The branch renames the heading good.md links to.
  const typo = join(dir, 'content/blog/typo.md');
  writeFileSync(typo, readFileSync(typo, 'utf8').replace('## Offsets', '## Positions'));
  const expected = ['content/blog/good.md:14 link-missing-anchor'];
  // A whole run also finds the old typo on that line, and the in-page link to `#topics` is fine.
  const whole = JSON.parse((await runCli(['check', '--no-cache', '--format', 'json'], dir)).stdout) as Output;
  expect(whole.diagnostics.filter((d) => d.file === 'content/blog/good.md').map((d) => `${d.file}:${d.line} ${d.ruleId}`).sort()).toEqual([...expected, 'content/blog/good.md:14 spelling']);
  for (const args of [[], ['--changed-lines']]) {
    const run = await runCli(['check', '--changed', 'main', ...args, '--format', 'json'], dir);
    const output = JSON.parse(run.stdout) as Output;
    expect(output.files).toBe(2);
    const inGood = output.diagnostics.filter((d) => d.file === 'content/blog/good.md');
    expect(inGood.map((d) => `${d.file}:${d.line} ${d.ruleId}`), args.join(' ')).toEqual(expected);
    expect(run.code).toBe(1);
  }
});

test('--changed without a ref compares with the merge base of the default branch, untracked files included', async () => {
  const dir = repository();
  writeFileSync(
    join(dir, 'content/docs/new-page.md'),
    '---\ntitle: A new page\ndescription: A page that is new in this branch.\n---\n\nThis page is new.\n',
  );
  const run = await runCli(['check', '--changed', '--format', 'json'], dir);
  expect(run.code).toBe(0);
  expect((JSON.parse(run.stdout) as Output).files).toBe(1);
});

test('--changed-lines keeps only findings on lines the change added, so an old typo does not block', async () => {
  const dir = repository();
  // typo.md has an old misspelling on line 8; the change adds one on a new line.
  appendFileSync(join(dir, 'content/blog/typo.md'), '\nConsumers in a group share the partitons.\n');
  const all = JSON.parse((await runCli(['check', '--changed', 'main', '--format', 'json'], dir)).stdout) as Output;
  expect(all.diagnostics.map((d) => d.line)).toEqual([8, 10]);
  const run = await runCli(['check', '--changed', 'main', '--changed-lines', '--format', 'json'], dir);
  expect((JSON.parse(run.stdout) as Output).diagnostics.map((d) => `${d.line} ${d.ruleId}`)).toEqual(['10 spelling']);
  expect(run.code).toBe(1);
});

test('an unknown ref is a usage error, written either way, so a misspelt or unfetched base never passes', async () => {
  const dir = repository();
  const inline = await runCli(['check', '--changed=no-such-branch'], dir);
  expect(inline.code).toBe(2);
  expect(inline.stderr).toContain('Unexpected `--changed no-such-branch`: git knows no such revision, expected a git revision;');
  // Followed by a word, it may be a path; neither a revision nor a path, it is an error too.
  const spaced = await runCli(['check', '--changed', 'origin/mian'], dir);
  expect(spaced.code).toBe(2);
  expect(spaced.stdout).toBe('');
  expect(spaced.stderr).toContain('Unexpected `--changed origin/mian`: git knows no such revision and there is no such file, expected a git revision or a path;');
  expect(spaced.stderr).toContain('git fetch origin mian');
  expect(spaced.stderr).not.toMatch(/\n\s+at /);
});

test('--changed followed by a path that exists compares with the default branch and checks that path', async () => {
  const dir = repository();
  appendFileSync(join(dir, 'content/blog/good.md'), '\nA new paragraph with a mistaek.\n');
  const run = await runCli(['check', '--changed', 'content/blog/good.md', '--format', 'json'], dir);
  expect((JSON.parse(run.stdout) as Output).diagnostics.map((d) => `${d.file}:${d.line} ${d.ruleId}`)).toEqual(['content/blog/good.md:14 spelling']);
  expect(run.code).toBe(1);
});

test('--changed without a ref and without a default branch is a usage error that says what to fetch', async () => {
  const dir = repository();
  git(dir, 'branch', '-m', 'main', 'trunk');
  const run = await runCli(['check', '--changed'], dir);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain('Unexpected `--changed` without a ref where git knows none of origin/HEAD, origin/main and main');
});

// The changed files are checked in workers while this thread reads the others; one worker or
// several, a change finds what a whole run finds.
test.each([3, 300])('--changed over %i changed posts that link to each other finds in them what a whole run finds', async (count) => {
  const dir = repository();
  for (let index = 0; index < count; index++) {
    writeFileSync(
      join(dir, `content/blog/chain-${index}.md`),
      [
        '---',
        `title: Chain post ${index}`,
        `description: Post ${index} of a chain of posts.`,
        'pubDatetime: 2025-02-01',
        '---',
        '',
        `Read [the next post](./chain-${(index + 1) % count}.md#links) and [its missing part](./chain-${(index + 1) % count}.md#nowhere), a mistaek.`,
        '',
        '## Links',
        '',
        'Each post links to the next one.',
        '',
      ].join('\n'),
    );
  }
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'chain');
  const inChain = (output: Output) => output.diagnostics.filter((d) => d.file.includes('/chain-')).map((d) => `${d.file}:${d.line} ${d.ruleId}`).sort();
  const whole = inChain(JSON.parse((await runCli(['check', '--no-cache', '--format', 'json'], dir)).stdout) as Output);
  expect(whole).toHaveLength(2 * count);
  const changed = await runCli(['check', '--changed', 'main', '--no-cache', '--format', 'json'], dir);
  const output = JSON.parse(changed.stdout) as Output;
  expect(output.files).toBe(count);
  expect(inChain(output)).toEqual(whole);
  expect(changed.code).toBe(1);
});

test('a changed file too slow for its worker gets one input-too-complex finding, as in a whole run, and no finding from its parse', async () => {
  const dir = repository((dir) => {
    const configPath = join(dir, 'pressroom.config.json');
    const config = JSON.parse(readFileSync(configPath, 'utf8')) as Record<string, unknown>;
    writeFileSync(configPath, JSON.stringify({ ...config, checks: { maxFileSeconds: 1 } }));
  });
  // A broken link the parse would find, then text within every input limit that takes the parser
  // many seconds (one short block quote after another): the main thread must not parse it.
  const slow = `---\ntitle: Slow\n---\n\nSee [the missing page](./missing.md).\n\n${'> a\n\n'.repeat(8_000)}`;
  writeFileSync(join(dir, 'content/docs/slow.md'), slow);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'slow');
  const tooSlow = ['content/docs/slow.md:1 input-too-complex'];
  const inSlow = (output: Output) => output.diagnostics.filter((d) => d.file === 'content/docs/slow.md').map((d) => `${d.file}:${d.line} ${d.ruleId}`);
  expect(inSlow(JSON.parse((await runCli(['check', '--no-cache', '--format', 'json'], dir)).stdout) as Output)).toEqual(tooSlow);
  const changed = await runCli(['check', '--changed', 'main', '--no-cache', '--format', 'json'], dir);
  expect(inSlow(JSON.parse(changed.stdout) as Output)).toEqual(tooSlow);
});
