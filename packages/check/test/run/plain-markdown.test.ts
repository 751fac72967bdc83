import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { check, type CheckResult } from '../../src/run/check.js';
import { loadConfig } from '../../src/run/config.js';

const fixture = fileURLToPath(new URL('../fixtures/plain-markdown', import.meta.url));
const config = loadConfig(fixture);

const findings = (result: CheckResult, file: string) =>
  result.files.find((entry) => entry.file.relativePath === file)!.diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}`);

test('a file outside both content folders is plain Markdown: spelling, style and links relative to it, no page fields', async () => {
  const result = await check({ config, cwd: fixture, paths: ['README.md', 'CONTRIBUTING.md'] });
  // Links to a file, a folder, any file and a draft's heading resolve as on GitHub; no missing `title`.
  expect(findings(result, 'README.md')).toEqual([
    '9:3 spelling',
    '9:12 link-missing-file',
    '9:44 link-missing-anchor',
    '10:1 link-missing-anchor',
    '12:16 no-trailing-spaces',
  ]);
  expect(findings(result, 'CONTRIBUTING.md')).toEqual([]);
  const messages = result.files.flatMap((entry) => entry.diagnostics).map((d) => d.message);
  expect(messages.find((message) => message.includes('#nowhere'))).toBeDefined();
});

test('a page of a site is still a page: its links are to published pages', async () => {
  const result = await check({ config, cwd: fixture, paths: ['content/docs/index.md'] });
  expect(findings(result, 'content/docs/index.md')).toEqual(['6:32 link-unpublished-target']);
});

test('a file outside both content folders with a frontmatter block is a page to be, checked against the schema it looks like', async () => {
  const result = await check({ config, cwd: fixture, paths: ['drafts/next-post.md'] });
  expect(result.files[0]!.diagnostics.map((d) => `${d.ruleId} ${d.message}`)).toEqual([
    expect.stringMatching(/^frontmatter-schema Missing required field `description`/),
  ]);
});
