import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { formatStepSummary } from '../../src/report/step-summary.js';
import { totals } from '../../src/report/summary.js';
import type { Diagnostic } from '../../src/run/diagnostic.js';
import { fixtureCopy, runCli } from '../helpers/cli.js';

test('no output format prints a control character of the content raw, so a link cannot forge a line of its own', async () => {
  const dir = fixtureCopy('mixed');
  // The reference decodes to a newline in the link's destination, which the finding quotes.
  writeFileSync(join(dir, 'content/blog/forged.md'), '---\ntitle: Forged\ndescription: A link that forges a workflow command.\npubDatetime: 2024-12-04\n---\n\nSee [the notes](a&#10;::error::X).\n');
  for (const format of ['stylish', 'github']) {
    const run = await runCli(['check', '--no-cache', '--format', format, 'content/blog/forged.md'], dir);
    expect(run.code, format).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines.filter((line) => line.startsWith('::error::X')), format).toEqual([]);
    expect(run.stdout, format).toContain(format === 'stylish' ? 'a\\n::error::X' : 'a%0A::error::X');
  }
});

test('the step summary shows control characters of the content as escapes, in its cells and its links', () => {
  // A file name may hold a newline too; the message quotes the forged link.
  const forged: Diagnostic = {
    file: 'content/blog/a\n::error::Y.md',
    line: 7,
    column: 5,
    endLine: 7,
    endColumn: 30,
    ruleId: 'link-missing-file',
    severity: 'error',
    message: 'Unexpected link to missing `a\n::error::X`, expected an existing page or file',
    source: 'pressroom',
    url: 'https://docs.example.com/reference/rules/link/#link-missing-file',
    note: 'See\u001b[31m red',
  };
  for (const blobBase of [undefined, 'https://github.com/owner/repo/blob/abc']) {
    const summary = formatStepSummary([forged], totals([forged], 1, 0), blobBase);
    expect(summary.split('\n').filter((line) => line.startsWith('::')), String(blobBase)).toEqual([]);
    expect(summary).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
    expect(summary).toContain('a\\n::error::X');
  }
});
