import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import type { Diagnostic } from '../../src/run/diagnostic.js';
import { formatGithub } from '../../src/report/github.js';
import { formatJson } from '../../src/report/json.js';
import { formatSarif } from '../../src/report/sarif.js';
import { formatStepSummary } from '../../src/report/step-summary.js';
import { formatStylish } from '../../src/report/stylish.js';
import { totals } from '../../src/report/summary.js';
import { fixtureCopy, runCli } from '../helpers/cli.js';

/** More findings in one file than a function call takes arguments. */
const flood = 200_000;

function findings(): Diagnostic[] {
  const list: Diagnostic[] = [];
  for (let index = 0; index < flood; index++) {
    const line = index + 6;
    list.push({
      file: 'content/blog/links.md',
      line,
      column: 1,
      endLine: line,
      endColumn: 7,
      ruleId: 'link-missing-file',
      severity: 'error',
      message: 'Unexpected link to missing `b`, expected an existing page or file',
      source: 'pressroom',
      url: 'https://docs.example.com/reference/rules/#link-missing-file',
    });
  }
  return list;
}

test('every output format prints 200,000 findings of one file', () => {
  const list = findings();
  const lines = (text: string) => text.split('\n').filter((line) => line.includes('missing `b`')).length;
  expect(lines(formatStylish(list, { color: false }))).toBe(flood);
  expect(lines(formatGithub(list))).toBe(flood);
  expect(lines(formatStepSummary(list, totals(list, 1, 0)))).toBe(flood);
  expect((JSON.parse(formatJson(list, 1)) as { diagnostics: unknown[] }).diagnostics).toHaveLength(flood);
  expect((JSON.parse(formatSarif(list, [], '0.0.0')) as { runs: { results: unknown[] }[] }).runs[0]!.results).toHaveLength(flood);
});

/** Enough for the whole command line to be exercised; the 200,000 above are the formats' own. */
const cliFlood = 20_000;

test('a post of 20,000 short links gets its first 10,000 findings printed, one that counts the rest, and exit 1', async () => {
  const dir = fixtureCopy('mixed');
  // One paragraph each: a single paragraph of them would be too dense to parse (input-too-complex).
  writeFileSync(join(dir, 'content/blog/links.md'), `---\ntitle: Links\ndescription: A post of many short links.\npubDatetime: 2024-12-04\n---\n\n${'[a](b)\n\n'.repeat(cliFlood)}`);
  const run = await runCli(['check', '--no-cache', 'content/blog/links.md'], dir);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(1);
  // Past checks.maxFindingsPerFile (10,000 by default) one finding stands for the others, which still count.
  expect(run.stdout.split('\n').filter((line) => line.includes('link-missing-file'))).toHaveLength(10_000);
  expect(run.stdout).toMatch(/20007:1 +error +10000 more findings not shown \(checks\.maxFindingsPerFile is 10000\)/);
  expect(run.stdout).toContain('1 file checked: 20000 errors, 0 warnings');
});
