import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { check } from '../../src/run/check.js';
import { checkInputLimits, defaultInputLimits, scanInputLimits } from '../../src/input/limits.js';
import { repoConfig } from '../helpers/config.js';
import { seededIntegers } from '../helpers/random.js';

const head = '---\ntitle: Limits\ndescription: A page past the input limits.\n---\n\n';

async function findings(text: string, checks: Record<string, unknown> = {}, relativePath = 'content/docs/limits.md') {
  const config = repoConfig();
  const result = await check({
    config: { ...config, checks: { ...config.checks, ...checks, rules: { ...config.checks.rules, spelling: 'off' } } },
    sources: [{ relativePath, bytes: text }],
  });
  return result.files[0]!.diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message.split(':')[0]}`);
}

test('a list nested 1,000 levels deep is reported once, on the first line past the limit, and not parsed', async () => {
  let list = '';
  for (let level = 0; level < 1000; level += 1) list += `${'  '.repeat(level)}- level ${level} [broken](./nowhere.md)\n`;
  // Line 6 holds level 0, so level 100 (nesting 101) is on line 106.
  expect(await findings(`${head}${list}`)).toEqual([
    '106:1 input-too-complex Unexpected list or blockquote nested 101 levels deep, expected at most 100 (checks.maxNesting)',
  ]);
});

test('a blockquote nested 2,000 levels deep is reported on its line', async () => {
  expect(await findings(`${head}Text.\n\n${'> '.repeat(2000)}deep\n`)).toEqual([
    '8:1 input-too-complex Unexpected list or blockquote nested 2000 levels deep, expected at most 100 (checks.maxNesting)',
  ]);
});

test('a 250 KB line of links is reported once instead of checked link by link', async () => {
  expect(await findings(`${head}Intro.\r\rLine.\n${'[a](b) '.repeat(36_000)}\n`)).toEqual([
    '9:1 input-too-complex Unexpected line of 252000 characters, expected at most 100000 (checks.maxLineLength)',
  ]);
});

test('the limits are configurable, and text under them is parsed and checked as usual', async () => {
  const nested = `${head}- one\n  - two\n    - three [broken](./nowhere.md)\n`;
  expect(await findings(nested, { maxNesting: 2 })).toEqual([
    '8:1 input-too-complex Unexpected list or blockquote nested 3 levels deep, expected at most 2 (checks.maxNesting)',
  ]);
  expect((await findings(nested)).some((line) => line.includes('input-too-complex'))).toBe(false);
  expect((await findings(nested)).some((line) => line.includes('link-'))).toBe(true);
});

test('the measure counts markers and indentation, not the text after them', () => {
  const limits = { ...defaultInputLimits, maxNesting: 3, maxLineLength: 20 };
  expect(checkInputLimits('> > > quote', limits)).toBeUndefined();
  expect(checkInputLimits('> > > > quote', limits)?.line).toBe(1);
  expect(checkInputLimits('1. 2) - * four', limits)?.message).toMatch(/nested 4 levels/);
  expect(checkInputLimits('a - - - - - - - -', limits)).toBeUndefined();
  expect(checkInputLimits('ok\r\nok\rok\n' + 'x'.repeat(21), limits)?.line).toBe(4);
});

test('code in a fence is not measured for nesting, but a line past the length limit still is', () => {
  const limits = { ...defaultInputLimits, maxNesting: 3, maxLineLength: 20 };
  expect(checkInputLimits('```md\n> > > > > quote\n```\n', limits)).toBeUndefined();
  expect(checkInputLimits('~~~~\n> > > > > quote\n~~~\n> > > > > quote\n', limits)).toBeUndefined();
  expect(checkInputLimits('```\ncode\n```\n> > > > > quote\n', limits)?.line).toBe(4);
  expect(checkInputLimits('```\n' + 'x'.repeat(21) + '\n```\n', limits)?.line).toBe(2);
});

test('skipping the scan of text far from the limits misses nothing: 4,000 random texts agree with the line-by-line scan', () => {
  const pieces = ['\t', ' ', '  ', '>', '> ', '- ', '* ', '+ ', '1. ', '12) ', '-', 'x', 'word ', '\n', '\n', '\r\n', '\r', '```\n', '~~~\n', '\u2028', '[', '_', '`'];
  const next = seededIntegers(5);
  let found = 0;
  for (let index = 0; index < 4000; index++) {
    let text = '';
    for (let piece = 0, count = next(60); piece < count; piece++) text += pieces[next(pieces.length)];
    const limits = { maxNesting: next(12), maxLineLength: 5 + next(40), maxInlineMarkers: 2 + next(16) };
    const expected = scanInputLimits(text, limits);
    expect(checkInputLimits(text, limits), JSON.stringify({ text, limits })).toEqual(expected);
    if (expected) found++;
  }
  // Texts past a limit and texts under both are both common.
  expect(found).toBeGreaterThan(400);
  expect(found).toBeLessThan(3600);
});

const fixture = (name: string) => readFileSync(new URL(`../fixtures/limits/${name}`, import.meta.url), 'utf8');

test.each([
  ['a backtick fence lookalike (its info string holds a backtick) before a deep list', 'fence-lookalike-list.md', 2000],
  ['a backtick fence lookalike before a deep blockquote', 'fence-lookalike-quote.md', 2000],
  ['a fence inside an HTML block', 'fence-in-html-block.md', 2000],
  ['a fence inside a list item, which the item ends', 'fence-in-list-item.md', 2000],
  ['a fence inside the frontmatter', 'fence-in-frontmatter.md', 2000],
])('%s hides no nesting: the deep line is reported where it is, and the file is not parsed', async (_name, name, depth) => {
  const text = fixture(name);
  const line = text.split('\n').findIndex((content) => content.startsWith('- - - -') || content.startsWith('> > > >')) + 1;
  expect(await findings(text)).toEqual([
    `${line}:1 input-too-complex Unexpected list or blockquote nested ${depth} levels deep, expected at most 100 (checks.maxNesting)`,
  ]);
});

test('deep nesting inside real fenced code is code, in Markdown and in MDX: the file is parsed and checked', async () => {
  for (const name of ['deep-code-example.md', 'deep-code-example.mdx']) {
    const found = await findings(fixture(name), {}, `content/docs/${name}`);
    expect(found.filter((line) => line.includes('input-too-complex')), name).toEqual([]);
  }
});

test('a paragraph dense with brackets is reported on the line that takes it past checks.maxInlineMarkers', async () => {
  expect(await findings(fixture('bracket-paragraph.md'))).toEqual([
    '12:1 input-too-complex Unexpected paragraph of 5000 brackets, emphasis and code markers, expected at most 4000 (checks.maxInlineMarkers)',
  ]);
  expect((await findings(fixture('bracket-paragraph.md'), { maxInlineMarkers: 5000 })).some((line) => line.includes('input-too-complex'))).toBe(false);
});

test('many dense paragraphs are bounded together, not only one by one', () => {
  const limits = { ...defaultInputLimits, maxInlineMarkers: 100 };
  const dense = `${'[a] '.repeat(40)}\n\n`;
  // Each paragraph holds 80 markers, under the limit of 100; the seventh takes the file past four
  // paragraphs' worth at the limit, each weighed by its size (7 × 80² > 4 × 100²).
  expect(checkInputLimits(dense.repeat(7), limits)).toMatchObject({ line: 13, message: expect.stringMatching(/^Unexpected paragraph of 80 brackets, emphasis and code markers after 6 other dense paragraphs/) });
  expect(checkInputLimits(dense.repeat(7), { ...limits, maxInlineMarkers: 120 })).toBeUndefined();
});

test('a fence that is real is measured as code, and one that only looks real is not', () => {
  const limits = { ...defaultInputLimits, maxNesting: 3 };
  expect(checkInputLimits('````md\n> > > > quote\n```\n> > > > still code\n````\n', limits)).toBeUndefined();
  expect(checkInputLimits('```js `x\n> > > > quote\n', limits)?.line).toBe(2);
  expect(checkInputLimits('~~~js `x\n> > > > quote\n', limits)).toBeUndefined();
  // A closing fence has nothing but spaces and tabs after it.
  expect(checkInputLimits('```\ncode\n``` x\n> > > > code still\n', limits)).toBeUndefined();
  expect(checkInputLimits('```\ncode\n```\u00a0\n> > > > code still\n', limits)).toBeUndefined();
});

test('the inline markers are `[ ] * _ ~ ` and `<`, and no other character counts', () => {
  const limits = { ...defaultInputLimits, maxInlineMarkers: 4 };
  const markers = new Set('[]*_~`<');
  // Five of one character on a line: past the limit exactly when it is a marker.
  for (let code = 0x20; code < 0x7f; code++) {
    const char = String.fromCharCode(code);
    expect(checkInputLimits(`a${char.repeat(5)}b\n`, limits)?.message.startsWith('Unexpected paragraph of 5 '), char).toBe(markers.has(char) ? true : undefined);
  }
  // Full-width look-alikes are not markers.
  expect(checkInputLimits('＊＊＊＊＊［［［\n', limits)).toBeUndefined();
});
