import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { remark } from 'remark';
import { expect, test } from 'vitest';
import { VFile } from 'vfile';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkPresetLintPressroom, { headingPunctuation, lintRules, remarkLintMessageControl } from '../src/index.js';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

async function lint(markdown: string): Promise<string[]> {
  const file = await remark().use(remarkPresetLintPressroom).process(new VFile({ path: 'post.md', value: markdown }));
  return file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`).sort((a, b) => Number.parseInt(a) - Number.parseInt(b));
}

test('a post in the house style passes', async () => {
  expect(await lint('---\ntitle: A post\n---\n\n## Why Kafka?\n\n### History\n\n```text\nTL;DR\n```\n\n- <https://kafka.apache.org/>\n')).toEqual([]);
});

test('a TOML frontmatter block is frontmatter, not a paragraph to lint', async () => {
  // As prose, the `key = value` line holds a literal URL.
  expect(await lint('+++\ntitle = "A post"\nurl = "https://kafka.apache.org/"\n+++\n\n## Why Kafka?\n')).toEqual([]);
});

test('skipped heading level, untagged fence, trailing spaces, heading punctuation, literal URL', async () => {
  expect(await lint('## When\n\n#### Cases\n\n```\ncode\n```\n\nText. \n\n## Resources:\n\n- https://kafka.apache.org/\n')).toEqual([
    '3:1 heading-increment',
    '5:1 fenced-code-flag',
    '9:6 no-trailing-spaces',
    '11:1 no-heading-punctuation',
    '13:3 no-literal-urls',
  ]);
  expect(headingPunctuation).toBe('.,;:');
});

test('the spaces of a hard break and code lines are not trailing spaces; a paragraph end and a blank line are', async () => {
  const markdown = [
    'Line one  ', // hard break
    'line two. ', // end of the paragraph
    '',
    '   ', // blank line
    '',
    '```text ', // after the fence's info
    'kept as written  ',
    '',
    '  ',
    '```',
    '',
    '    indented code  ',
    '',
    '> quoted  ', // hard break in a block quote
    '> line',
    '',
  ].join('\n');
  // The indented block is also a `code-block-style` finding (fenced first), not asserted here.
  expect((await lint(markdown)).filter((line) => line.endsWith('no-trailing-spaces'))).toEqual(['2:10 no-trailing-spaces', '4:1 no-trailing-spaces', '6:8 no-trailing-spaces']);
});

test('without comments, message control leaves lint comments to the caller and still drops messages in gaps', async () => {
  // A disabled trailing space, and one after the last node (a gap, dropped by remark-lint).
  const markdown = '<!-- lint disable no-trailing-spaces -->\n\nText. \nMore.\n\n   \n';
  const withoutComments = await remark()
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkGfm)
    .use([[remarkLintMessageControl, { comments: false }], ...lintRules])
    .process(new VFile({ path: 'post.md', value: markdown }));
  expect(withoutComments.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)).toEqual(['3:6 no-trailing-spaces']);
  expect(await lint(markdown)).toEqual([]);
});

test('remark-cli with the root .remarkrc.mjs reports the seed post', async () => {
  const remarkBin = fileURLToPath(new URL('../node_modules/.bin/remark', import.meta.url));
  const stderr = await new Promise<string>((resolve) => {
    execFile(remarkBin, ['--rc-path', '.remarkrc.mjs', '--no-color', 'fixtures/seed/what-why-when-where-kafka.md'], { cwd: repoRoot }, (_error, _stdout, err) =>
      resolve(err),
    );
  });
  expect(stderr).toContain('heading-increment');
  expect(stderr).toContain('fenced-code-flag');
  expect(stderr).toMatch(/18 warnings/);
});
