import { expect, test } from 'vitest';
import { checksConfigSchema } from '../../src/run/config.js';
import { fixtureCopy, runCli } from '../helpers/cli.js';

// `test/fixtures/finding-cap` sets `checks.maxFindingsPerFile` to 4: one post has six broken links
// (errors), one six vague links (warnings), one two broken links, under the limit.

interface JsonFinding {
  file: string;
  line: number;
  ruleId: string;
  severity: string;
  message: string;
  hidden?: { errors: number; warnings: number };
}

let jsonRun: Promise<JsonFinding[]> | undefined;
/** The fixture checked once with `--format json`, for the tests that only read its findings. */
function jsonFindings(): Promise<JsonFinding[]> {
  jsonRun ??= runCli(['check', '--no-cache', '--format', 'json'], fixtureCopy('finding-cap')).then((run) => {
    expect(run.code).toBe(1);
    return (JSON.parse(run.stdout) as { diagnostics: JsonFinding[] }).diagnostics;
  });
  return jsonRun;
}

function byFile(findings: JsonFinding[], file: string): JsonFinding[] {
  return findings.filter((finding) => finding.file === `content/blog/${file}`);
}

test('past checks.maxFindingsPerFile a file shows its first findings by line and one that counts the rest', async () => {
  const findings = await jsonFindings();
  const broken = byFile(findings, 'six-broken-links.md');
  expect(broken.map((finding) => `${finding.line} ${finding.ruleId} ${finding.severity}`)).toEqual([
    '7 link-missing-file error',
    '9 link-missing-file error',
    '11 link-missing-file error',
    '13 link-missing-file error',
    '15 input-too-many-findings error',
  ]);
  expect(broken[4]!.message).toBe(
    '2 more findings not shown (checks.maxFindingsPerFile is 4): fix the findings shown and check again, or raise checks.maxFindingsPerFile in pressroom.config.json to see them all',
  );
  expect(broken[4]!.hidden).toEqual({ errors: 2, warnings: 0 });
  // Warnings past the limit are counted by a warning.
  const vague = byFile(findings, 'six-vague-links.md');
  expect(vague.map((finding) => `${finding.line} ${finding.ruleId} ${finding.severity}`)).toEqual([
    '7 link-vague-text warning',
    '9 link-vague-text warning',
    '11 link-vague-text warning',
    '13 link-vague-text warning',
    '15 input-too-many-findings warning',
  ]);
  expect(vague[4]!.hidden).toEqual({ errors: 0, warnings: 2 });
});

test('below checks.maxFindingsPerFile every finding of a file is reported, and nothing stands for more', async () => {
  const findings = await jsonFindings();
  expect(byFile(findings, 'two-broken-links.md').map((finding) => `${finding.line} ${finding.ruleId} ${finding.message}`)).toEqual([
    '7 link-missing-file Unexpected link to missing `./missing-1.md`, expected an existing page or file',
    '9 link-missing-file Unexpected link to missing `./missing-2.md`, expected an existing page or file',
  ]);
  expect(findings.filter((finding) => finding.ruleId === 'input-too-many-findings')).toHaveLength(2);
});

test('the findings not shown still count: the totals, the exit code and --max-warnings see each of them', async () => {
  const dir = fixtureCopy('finding-cap');
  const all = await runCli(['check', '--no-cache'], dir);
  expect(all.code).toBe(1);
  expect(all.stdout).toContain('4 files checked: 8 errors, 6 warnings');
  expect(all.stdout).toMatch(/15:6 +error +2 more findings not shown \(checks\.maxFindingsPerFile is 4\)/);

  // Six warnings, four shown: five are too many.
  const over = await runCli(['check', '--no-cache', '--max-warnings', '5', 'content/blog/six-vague-links.md'], dir);
  expect(over.stdout).toContain('1 file checked: 0 errors, 6 warnings');
  expect(over.stderr).toContain('6 warnings, more than --max-warnings 5 allows');
  expect(over.code).toBe(1);
  const within = await runCli(['check', '--no-cache', '--max-warnings', '6', 'content/blog/six-vague-links.md'], dir);
  expect(within.code).toBe(0);
});

test('without a setting the limit is cspell\'s own default per document, 10,000', () => {
  expect(checksConfigSchema.parse({}).maxFindingsPerFile).toBe(10_000);
});

test('a run answered from the cache is capped the same way', async () => {
  const dir = fixtureCopy('finding-cap');
  const first = await runCli(['check'], dir);
  const second = await runCli(['check'], dir);
  expect(second.stderr).toBe(first.stderr);
  expect(second.stdout.replace(/ in [\d.]+s/, '')).toBe(first.stdout.replace(/ in [\d.]+s/, ''));
  expect(second.stdout).toContain('2 more findings not shown');
});
