import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { check, type CheckResult } from '../../src/run/check.js';
import { loadConfig } from '../../src/run/config.js';
import { fixtureCopy, runCli } from '../helpers/cli.js';

const fixture = fileURLToPath(new URL('../fixtures/directives', import.meta.url));
const config = loadConfig(fixture);

const lines = (result: CheckResult, file: string, list: 'diagnostics' | 'suppressed') =>
  result.files
    .find((entry) => entry.file.relativePath === file)!
    [list].map((diagnostic) => `${diagnostic.line} ${diagnostic.ruleId}`);

describe('disable comments', () => {
  let run: Promise<CheckResult> | undefined;
  const whole = () => (run ??= check({ config, cwd: fixture }));

  test('hide the findings of every kind of rule, each form where it applies', async () => {
    const result = await whole();
    expect(lines(result, 'content/blog/hidden.md', 'suppressed')).toEqual([
      '7 frontmatter-schema',
      '11 spelling',
      '13 spelling',
      '16 link-missing-file',
      '20 no-trailing-spaces',
      '21 link-missing-file',
      '26 link-missing-file',
      '29 spelling',
      '29 link-missing-file',
    ]);
    // After each range ends, and outside every comment, findings are reported.
    expect(lines(result, 'content/blog/hidden.md', 'diagnostics')).toEqual(['25 no-trailing-spaces', '33 spelling']);
  });

  test('keep the comment and its reason with each hidden finding', async () => {
    const hidden = (await whole()).files.find((entry) => entry.file.relativePath === 'content/blog/hidden.md')!.suppressed;
    expect(hidden.find((diagnostic) => diagnostic.line === 11)?.suppressedBy).toEqual({
      comment: 'pressroom-disable-next-line spelling',
      reason: 'the name of a broker',
      line: 10,
      column: 1,
    });
    expect(hidden.find((diagnostic) => diagnostic.line === 16)?.suppressedBy).toEqual({ comment: 'lint ignore link-missing-file', line: 15, column: 1 });
  });

  test('work in MDX expression comments', async () => {
    const result = await whole();
    expect(lines(result, 'content/docs/hidden.mdx', 'suppressed')).toEqual(['7 spelling', '9 spelling', '12 link-missing-file']);
    expect(lines(result, 'content/docs/hidden.mdx', 'diagnostics')).toEqual(['14 spelling']);
  });

  test("another tool's form, remark-lint's missing keyword and an unknown rule id are located warnings, and hide nothing", async () => {
    const result = await whole();
    const file = result.files.find((entry) => entry.file.relativePath === 'content/docs/other-tools.md')!;
    expect(file.diagnostics.map((diagnostic) => `${diagnostic.line}:${diagnostic.column} ${diagnostic.severity} ${diagnostic.ruleId}`)).toEqual([
      '6:1 warning directive-unknown',
      '7:6 error link-missing-file',
      '9:1 warning directive-unknown',
      '12:1 warning directive-unknown',
      '13:6 error link-missing-file',
    ]);
    expect(file.diagnostics.some((diagnostic) => diagnostic.ruleId === 'pressroom-internal')).toBe(false);
    expect(file.diagnostics.find((diagnostic) => diagnostic.line === 12)?.suggestions).toEqual(['link-missing-file']);
  });
});

describe('disable comments in a run', () => {
  test('a comment that hides nothing is reported in a whole run, not in a file a --changed run reads only for its links', async () => {
    const unused = (result: CheckResult) =>
      result.files.flatMap((entry) => entry.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'directive-unused').map((diagnostic) => `${diagnostic.file}:${diagnostic.line}`));
    const all = await check({ config, cwd: fixture });
    expect(unused(all)).toEqual(['content/blog/links-in.md:11']);
    expect(lines(all, 'content/blog/links-in.md', 'suppressed')).toEqual(['9 link-missing-anchor']);

    // hidden.md changed: links-in.md is reported only for its link into it, still hidden.
    const changed = await check({ config, cwd: fixture, only: new Set(['content/blog/hidden.md']) });
    expect(changed.files.map((entry) => entry.file.relativePath)).toEqual(['content/blog/hidden.md', 'content/blog/links-in.md']);
    expect(lines(changed, 'content/blog/links-in.md', 'diagnostics')).toEqual([]);
    expect(lines(changed, 'content/blog/links-in.md', 'suppressed')).toEqual(['9 link-missing-anchor']);
    expect(lines(changed, 'content/blog/hidden.md', 'suppressed')).toEqual(lines(all, 'content/blog/hidden.md', 'suppressed'));
  });

  test('findings from the cache are hidden as fresh ones are, and a new comment takes effect', async () => {
    const dir = fixtureCopy('directives');
    const copy = loadConfig(dir);
    const cache = { path: join(dir, 'node_modules/.cache/pressroom/check.json') };
    const first = await check({ config: copy, cwd: dir, cache });
    const second = await check({ config: copy, cwd: dir, cache });
    expect(second.cacheHits).toBe(second.files.length);
    const summary = (result: CheckResult) => result.files.map((entry) => [entry.file.relativePath, entry.diagnostics.map((d) => `${d.line} ${d.ruleId}`), entry.suppressed.map((d) => `${d.line} ${d.ruleId}`)]);
    expect(summary(second)).toEqual(summary(first));

    const post = join(dir, 'content/blog/hidden.md');
    writeFileSync(post, readFileSync(post, 'utf8').replace('Still reported: a mesage.', '<!-- pressroom-disable-next-line spelling -->\nStill reported: a mesage.'));
    const third = await check({ config: copy, cwd: dir, cache });
    expect(lines(third, 'content/blog/hidden.md', 'diagnostics')).toEqual(['25 no-trailing-spaces']);
  });

  test('the JSON report lists the hidden findings apart, each with its comment and reason', async () => {
    const dir = fixtureCopy('directives');
    const run = await runCli(['check', 'content/blog/hidden.md', '--format', 'json'], dir);
    const output = JSON.parse(run.stdout) as { diagnostics: { line: number }[]; suppressed: { line: number; ruleId: string; suppressedBy: { reason?: string } }[] };
    expect(output.diagnostics.map((d) => d.line)).toEqual([25, 33]);
    expect(output.suppressed.map((d) => `${d.line} ${d.ruleId}`)).toContain('11 spelling');
    expect(output.suppressed.find((d) => d.line === 11)!.suppressedBy.reason).toBe('the name of a broker');
  });

  test('a hidden error does not fail the check', async () => {
    const dir = fixtureCopy('directives');
    const quiet = await runCli(['check', 'content/blog/quiet.md', '--format', 'json'], dir);
    expect(JSON.parse(quiet.stdout).diagnostics).toEqual([]);
    expect(quiet.code).toBe(0);
    const post = join(dir, 'content/blog/quiet.md');
    writeFileSync(post, readFileSync(post, 'utf8').replace(/<!--.*-->\n/, ''));
    const loud = await runCli(['check', 'content/blog/quiet.md', '--format', 'json'], dir);
    expect(JSON.parse(loud.stdout).diagnostics.map((d: { ruleId: string }) => d.ruleId)).toEqual(['link-missing-file']);
    expect(loud.code).toBe(1);
  });
});
