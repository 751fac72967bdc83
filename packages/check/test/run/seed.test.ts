import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { check } from '../../src/run/check.js';
import { repoConfig, repoRoot } from '../helpers/config.js';

const config = repoConfig();
const seedPath = 'fixtures/seed/what-why-when-where-kafka.md';

test('the original seed post: every defect an editor would mark, at its line and column', async () => {
  const result = await check({ config, paths: [seedPath], cwd: repoRoot });
  const found = result.files.flatMap((entry) => entry.diagnostics).map((d) => `${d.ruleId} ${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.message}`);
  expect(found).toEqual([
    'frontmatter-description-unrelated 11:14-11:56 Unexpected description unrelated to the title and the body (none of `social`, `icon`, `astropaper` occurs there), expected a summary of this page',
    'spelling 22:50-22:58 Unexpected unknown word `blackbox`, expected a known word such as `blacktop`',
    'spelling 33:66-33:73 Unexpected unknown word `anology`, expected a known word such as `analogy`',
    'no-trailing-spaces 33:74-33:75 Remove trailing whitespace',
    'spelling 47:158-47:170 Unexpected unknown word `commuicating`, expected a known word such as `communicating`',
    'fenced-code-flag 49:1-51:4 Unexpected missing fenced code language flag in info string, expected keyword',
    'no-heading-punctuation 57:1-57:13 Unexpected character `:` at end of heading, remove it',
    'no-trailing-spaces 59:197-59:198 Remove trailing whitespace',
    'spelling 62:82-62:89 Unexpected unknown word `brainer`, expected a known word such as `briner`',
    'spelling 65:23-65:30 Unexpected unknown word `cruical`, expected a known word such as `crucial`',
    'no-trailing-spaces 71:159-71:160 Remove trailing whitespace',
    'no-trailing-spaces 72:153-72:154 Remove trailing whitespace',
    'no-trailing-spaces 77:182-77:183 Remove trailing whitespace',
    'heading-increment 79:1-79:38 Unexpected heading rank `4`, exected rank `3`',
    'spelling 80:164-80:170 Unexpected unknown word `snesor`, expected a known word such as `sensor`',
    'spelling 82:101-82:116 Unexpected flagged word `high-throughout`, expected `high-throughput`',
    'heading-increment 85:1-85:41 Unexpected heading rank `4`, exected rank `3`',
    'spelling 87:38-87:46 Unexpected unknown word `analyics`, expected a known word such as `analytics`',
    'spelling 97:80-97:92 Unexpected unknown word `profesionals`, expected a known word such as `professionals`',
    'spelling 100:29-100:35 Unexpected unknown word `proces`, expected a known word such as `process`',
    'spelling 104:72-104:78 Unexpected unknown word `inital`, expected a known word such as `initial`',
    'no-trailing-spaces 104:107-104:108 Remove trailing whitespace',
    'no-heading-punctuation 110:1-110:14 Unexpected character `:` at end of heading, remove it',
    'no-literal-urls 111:3-111:33 Unexpected GFM autolink literal, expected regular autolink, add `<` before and `>` after',
    'no-literal-urls 112:3-112:175 Unexpected GFM autolink literal, expected regular autolink, add `<` before and `>` after',
    'no-literal-urls 113:3-113:51 Unexpected GFM autolink literal, expected regular autolink, add `<` before and `>` after',
    'no-literal-urls 114:3-114:82 Unexpected GFM autolink literal, expected regular autolink, add `<` before and `>` after',
    'no-literal-urls 115:3-115:80 Unexpected GFM autolink literal, expected regular autolink, add `<` before and `>` after',
    'no-literal-urls 116:3-116:50 Unexpected GFM autolink literal, expected regular autolink, add `<` before and `>` after',
    'no-literal-urls 117:3-117:90 Unexpected GFM autolink literal, expected regular autolink, add `<` before and `>` after',
  ]);
});

test('each spelling finding spans exactly the word in the original file, and carries suggestions', async () => {
  const result = await check({ config, paths: [seedPath], cwd: repoRoot });
  const lines = readFileSync(join(repoRoot, seedPath), 'utf8').split('\n');
  const spelling = result.files.flatMap((entry) => entry.diagnostics).filter((d) => d.ruleId === 'spelling');
  expect(spelling.length).toBe(11);
  for (const finding of spelling) {
    const word = /`([^`]+)`/.exec(finding.message)?.[1];
    expect(lines[finding.line - 1]!.slice(finding.column - 1, finding.endColumn - 1)).toBe(word);
    expect(finding.suggestions?.length).toBeGreaterThan(0);
  }
});

test('the corrected post and every page in content/ pass without a finding', async () => {
  const result = await check({ config, cwd: repoRoot });
  const paths = result.files.map((entry) => entry.file.relativePath);
  expect(paths).toContain('content/blog/what-why-when-where-kafka.md');
  expect(paths).toContain('content/docs/reference/rules/index.md');
  const errors = result.files.flatMap((entry) => entry.diagnostics).filter((d) => d.severity === 'error');
  expect(errors).toEqual([]);
  const corrected = result.files.find((entry) => entry.file.relativePath === 'content/blog/what-why-when-where-kafka.md')!;
  expect(corrected.diagnostics).toEqual([]);
});
