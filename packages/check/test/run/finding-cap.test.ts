import { expect, test } from 'vitest';
import { emptyFacts } from '../../src/input/facts.js';
import { checksConfigSchema } from '../../src/run/config.js';
import { sortDiagnostics, type Diagnostic } from '../../src/run/diagnostic.js';
import { FindingCollector } from '../../src/run/finding-cap.js';
import { fixtureCopy, runCli } from '../helpers/cli.js';
import { repoConfig } from '../helpers/config.js';
import { seededIntegers } from '../helpers/random.js';

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

// `test/fixtures/finding-cap-per-file` has the same limit, 4, and two posts of fourteen findings of
// their own (seven unknown words, errors; seven hard breaks of three spaces, warnings) and one
// broken link among them; the second post hides its first unknown word with a disable comment.

test('findings of a file\'s own pass past the cap are counted as they come: the first ones by line, the totals and the exit code stay exact', async () => {
  const dir = fixtureCopy('finding-cap-per-file');
  const run = await runCli(['check', '--no-cache', '--format', 'json'], dir);
  expect(run.code).toBe(1);
  const findings = (JSON.parse(run.stdout) as { diagnostics: JsonFinding[] }).diagnostics;
  expect(byFile(findings, 'many-findings.md').map((finding) => `${finding.line} ${finding.ruleId} ${finding.severity} ${JSON.stringify(finding.hidden ?? {})}`)).toEqual([
    '7 spelling error {}',
    '9 hard-break-spaces warning {}',
    // The run-wide finding takes its place among the file's own ones.
    '12 link-missing-file error {}',
    '14 spelling error {}',
    '16 input-too-many-findings error {"errors":5,"warnings":6}',
  ]);
  // With a comment every finding is kept until the comment has had its say: the hidden one is
  // neither shown nor counted.
  expect(byFile(findings, 'many-findings-with-comment.md').map((finding) => `${finding.line} ${finding.ruleId} ${finding.severity} ${JSON.stringify(finding.hidden ?? {})}`)).toEqual([
    '10 hard-break-spaces warning {}',
    '13 link-missing-file error {}',
    '15 spelling error {}',
    '17 hard-break-spaces warning {}',
    '20 input-too-many-findings error {"errors":5,"warnings":5}',
  ]);
  // Every finding counts, those counted and let go in the file's pass among them.
  const stylish = await runCli(['check', '--no-cache'], dir);
  expect(stylish.code).toBe(1);
  expect(stylish.stdout).toContain('3 files checked: 15 errors, 14 warnings');
  expect(stylish.stdout).toMatch(/16:29 +error +11 more findings not shown \(checks\.maxFindingsPerFile is 4\)/);

  // The cache keeps the count of the findings it did not keep.
  const cold = await runCli(['check', '--format', 'json'], dir);
  const warm = await runCli(['check', '--format', 'json', '--profile'], dir);
  expect(warm.stderr).toMatch(/\(3 of 3 files from the cache\)/);
  expect(warm.stdout).toBe(cold.stdout);
  expect(cold.stdout).toBe(run.stdout);
});

test('a file\'s findings, pushed in any order, keep the first past the cap by place and count the rest by severity', () => {
  const base = repoConfig();
  const config = { ...base, checks: { ...base.checks, maxFindingsPerFile: 100 } };
  const random = seededIntegers(7);
  const all: Diagnostic[] = Array.from({ length: 5_000 }, (_, index) => ({
    file: 'content/blog/post.md',
    line: 1 + random(400),
    column: 1 + random(80),
    endLine: 1,
    endColumn: 1,
    ruleId: random(2) === 0 ? 'spelling' : 'hard-break-spaces',
    severity: index % 3 === 0 ? 'warning' : 'error',
    message: `Finding ${index}`,
    source: 'pressroom',
    url: '',
  }));
  const record = { readable: true, facts: emptyFacts() };
  const collector = new FindingCollector(config, record);
  for (const diagnostic of all) collector.push(diagnostic);
  const { diagnostics, dropped } = collector.finish();
  const sorted = sortDiagnostics([...all]);
  expect(diagnostics).toEqual(sorted.slice(0, 101));
  const rest = sorted.slice(101);
  expect(dropped).toEqual({ errors: rest.filter((d) => d.severity === 'error').length, warnings: rest.filter((d) => d.severity === 'warning').length });

  // A comment may hide any of them: a file with one keeps every finding.
  const commented = { readable: true, facts: { ...emptyFacts(), directives: { comments: [{} as never], problems: [] } } };
  const keepsAll = new FindingCollector(config, commented);
  for (const diagnostic of all) keepsAll.push(diagnostic);
  expect(keepsAll.finish()).toEqual({ diagnostics: all });
});
