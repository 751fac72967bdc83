/**
 * The style pass must report what it reported when it ran remark-lint's presets and rules as
 * published: same rule ids, messages and places, but for the deliberate changes named in
 * `referenceStyle`. The reference below is that original plugin list, run the original way. The
 * fixes are the style pass's own, and are tested on fixtures (`style-fixes.test.ts`).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { headingPunctuation } from '@pressroom/remark-preset-lint';
import type { Root } from 'mdast';
import remarkLintFencedCodeFlag from 'remark-lint-fenced-code-flag';
import remarkLintHeadingIncrement from 'remark-lint-heading-increment';
import remarkLintHeadingStyle from 'remark-lint-heading-style';
import remarkLintNoHeadingPunctuation from 'remark-lint-no-heading-punctuation';
// @ts-expect-error -- the package ships no types; it is a unified attacher like every rule.
import remarkLintNoTrailingSpaces from 'remark-lint-no-trailing-spaces';
import remarkPresetLintConsistent from 'remark-preset-lint-consistent';
import remarkPresetLintRecommended from 'remark-preset-lint-recommended';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { location } from 'vfile-location';
import { afterAll, describe, expect, test } from 'vitest';
import { createContentFile } from '../../src/input/parse.js';
import { decodeSource } from '../../src/input/read.js';
import type { ContentFile, Position } from '../../src/rule.js';
import { collectDirectives } from '../../src/input/directives.js';
import { runStyle, styleRuleIds, type StyleFinding } from '../../src/rules/style.js';
import { Suppressor } from '../../src/run/directives.js';
import { repoRoot } from '../helpers/config.js';

const referencePlugins: PluggableList = [
  remarkPresetLintRecommended,
  remarkPresetLintConsistent,
  [remarkLintHeadingStyle, 'atx'],
  remarkLintHeadingIncrement,
  remarkLintFencedCodeFlag,
  remarkLintNoTrailingSpaces,
  [remarkLintNoHeadingPunctuation, headingPunctuation],
];
const referenceProcessor = unified().use(referencePlugins).freeze();

async function referenceStyle(file: ContentFile): Promise<StyleFinding[]> {
  const lintFile = new VFile({ path: file.relativePath, value: file.text });
  await referenceProcessor.run(file.tree as Root, lintFile);
  const findings: StyleFinding[] = [];
  for (const message of lintFile.messages) {
    if (!message.ruleId || message.source !== 'remark-lint') continue;
    const place = message.place;
    if (!place) continue;
    let position: Position = 'start' in place ? { start: place.start, end: place.end } : { start: place, end: place };
    // The deliberate changes. First, a message remark-lint cannot place (trailing `\r` of old Mac
    // line endings: no place, or a place past the line's end) is left out instead of failing the
    // whole file or pointing outside it.
    if (!position.start || !position.end) continue;
    const points = location(lintFile);
    if (points.toOffset(position.start) === undefined || points.toOffset(position.end) === undefined) continue;
    // Second, `table-cell-padding` counts a delimiter-row cell's column from the start of the
    // line in a block quote or a list, where upstream counts from after the `>` or the indent; its
    // offset is right, and every other message's column already agrees with its offset.
    const offset = position.start.offset;
    const point = message.ruleId === 'table-cell-padding' && offset !== undefined ? points.toPoint(offset) : undefined;
    if (point?.line !== undefined && point.column !== undefined && offset !== undefined) {
      position = { start: { line: point.line, column: point.column, offset }, end: { line: point.line, column: point.column, offset } };
    }
    // Third, `no-trailing-spaces` leaves the spaces of a hard break and the lines inside a code
    // block alone: removing them changes what the page shows.
    if (message.ruleId === 'no-trailing-spaces' && isMeaningfulTrailingSpace(file, position)) continue;
    findings.push({ ruleId: message.ruleId, message: message.reason, place: position });
  }
  return findings;
}

/** What upstream can be compared on: the fixes are the style pass's own (see `style-fixes.test.ts`). */
function withoutFixes(findings: readonly StyleFinding[]): StyleFinding[] {
  return findings.map(({ fix: _fix, ...finding }) => finding);
}

/** At a hard break's first space, or on a line a code block shows as written. */
function isMeaningfulTrailingSpace(file: ContentFile, position: Position): boolean {
  const { line, offset } = position.start;
  let meaningful = false;
  const visit = (node: Root | Root['children'][number]) => {
    const at = node.position;
    if (node.type === 'break' && at?.start.offset === offset) meaningful = true;
    if (node.type === 'code' && at) {
      const count = node.value === '' ? 0 : node.value.split('\n').length;
      const first = /^[ \t>]*([`~])\1{2}/.test(file.text.slice(at.start.offset ?? 0)) ? at.start.line + 1 : at.start.line;
      if (line >= first && line < first + count) meaningful = true;
    }
    if ('children' in node) for (const child of node.children) visit(child as Root['children'][number]);
  };
  visit(file.tree as Root);
  return meaningful;
}

function contentFile(path: string, root: string, text?: string): ContentFile {
  const bytes = text === undefined ? readFileSync(path) : new TextEncoder().encode(text);
  const relativePath = relative(root, path).split('\\').join('/');
  return createContentFile({ path, relativePath, site: 'blog', id: undefined }, decodeSource(bytes));
}

function markdownUnder(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return markdownUnder(path);
      return /\.mdx?$/i.test(name) ? [path] : [];
    })
    .sort();
}

/** The findings, or the error: a pass that threw on a file must still throw on it, the same way. */
async function outcome(style: (file: ContentFile) => StyleFinding[] | Promise<StyleFinding[]>, file: ContentFile) {
  try {
    return { findings: await style(file) };
  } catch (error) {
    return { error: String(error) };
  }
}

/** What remark-lint does with a `lint` comment whose keyword it does not know: it stops. */
async function referenceWithComments(file: ContentFile): Promise<StyleFinding[]> {
  try {
    return await referenceStyle(file);
  } catch (error) {
    const { line, reason } = error as { line?: number; reason?: string };
    if (reason?.startsWith('Unknown keyword')) throw new Error(`unknown keyword in a lint comment on line ${line}`);
    throw error;
  }
}

/**
 * The style pass as `pressroom check` applies it: its findings, then the file's `lint` comments
 * (which the run applies to every rule's findings). Where remark-lint stops at a comment with an
 * unknown keyword, the check reports that comment (`directive-unknown`) and goes on: both come out
 * as that comment's line.
 */
function checkStyle(file: ContentFile): StyleFinding[] {
  const { comments, problems } = collectDirectives(file);
  const unknownKeyword = problems.find((problem) => /in a `lint` comment|^Unexpected `lint` comment without/.test(problem.message));
  if (unknownKeyword) throw new Error(`unknown keyword in a lint comment on line ${unknownKeyword.position.start.line}`);
  // remark-message-control knows no rule list: every id it is given acts.
  const suppressor = new Suppressor(
    comments.filter((comment) => comment.syntax === 'lint'),
    () => true,
  );
  return withoutFixes(runStyle(file)).filter((finding) => !suppressor.hiding(finding.ruleId, 'start' in finding.place ? finding.place.start : finding.place));
}

/** Compares both passes on every file; returns how many findings there were. */
async function expectSameFindings(files: ContentFile[]): Promise<number> {
  let count = 0;
  for (const file of files) {
    expect(file.readable, file.relativePath).toBe(true);
    const expected = await outcome(referenceWithComments, file);
    expect(await outcome(checkStyle, file), file.relativePath).toEqual(expected);
    count += expected.findings?.length ?? 0;
  }
  return count;
}

// Style defects the generator does not write (its posts are in the house style), so the generated
// corpus exercises every rule. Each takes the text and a random number in [0, 1).
const styleDefects: Array<(text: string, pick: number) => string> = [
  (text, pick) => replaceNth(text, /\n\n([A-Z][^\n]*)\n/g, pick, (_, line: string) => `\n\n${line}   \n`),
  (text, pick) => replaceNth(text, /\n```[a-z]+\n/g, pick, () => '\n```\n'),
  (text, pick) => replaceNth(text, /\n(##+ [^\n]*[a-z])\n/g, pick, (_, heading: string) => `\n${heading}:\n`),
  (text, pick) => replaceNth(text, /\n- /g, pick, () => '\n-   '),
  (text, pick) => replaceNth(text, /\*\*([^*\n]+)\*\*/g, pick, (_, inner: string) => `__${inner}__`),
  (text, pick) => replaceNth(text, /\n(#{2}) ([^\n]+)\n/g, pick, (_, _hashes: string, title: string) => `\n${title}\n${'-'.repeat(title.length)}\n`),
  (text, pick) => replaceNth(text, /\n\n([A-Z][^\n]{10,})\n/g, pick, (_, line: string) => `\n\n> ${line}\nlazy line, see [the notes][missing-notes]\n`),
  (text, pick) => replaceNth(text, /\n\n([A-Z][^\n]{10,})\n/g, pick, (_, line: string) => `\n\n${line} See https://kafka.apache.org/ and [Kafka].\n\n| Broker | Port |\n| ------ | ---- |\n| Kafka  |9092|\n`),
  (text, pick) => replaceNth(text, /\n(#{2}) ([^\n]+)\n/g, pick, (_, hashes: string, title: string) => `\n${hashes}  ${title}\n\n#### ${title} again\n`),
  (text) => text.replace(/\n+$/, ''),
  (text) => text.replace(/\n/g, '\r\n'),
];

function replaceNth(text: string, pattern: RegExp, pick: number, replace: (...groups: string[]) => string): string {
  const matches = [...text.matchAll(pattern)];
  const match = matches[Math.floor(pick * matches.length)];
  if (!match || match.index === undefined) return text;
  return text.slice(0, match.index) + replace(...(match as unknown as string[])) + text.slice(match.index + match[0].length);
}

/** A small deterministic generator (mulberry32), so the same defects land in the same places. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const corpusDir = mkdtempSync(join(tmpdir(), 'pressroom-style-equivalence-'));
afterAll(() => rmSync(corpusDir, { recursive: true, force: true }));

describe('runStyle reports what the published remark-lint presets reported', () => {
  test('under the same rule ids', () => {
    const referenceIds = referenceProcessor.attachers
      .map(([plugin]) => plugin.name)
      .filter((name) => name.startsWith('remark-lint:'))
      .map((name) => name.slice('remark-lint:'.length));
    expect(referenceIds.length).toBe(29);
    expect(styleRuleIds()).toEqual(referenceIds.sort());
  });

  // Where `lint` comments decide, as remark-message-control applies them; the preset's own
  // equivalence test has these and the upstream examples, this one the check's way of applying them.
  const commentCases = [
    'Some *text*.   \n\n<!-- lint disable no-trailing-spaces -->\n\nMore text.   \n\n<!-- lint enable no-trailing-spaces -->\n\nEnd.   \n',
    '<!-- lint ignore fenced-code-flag -->\n```\ncode\n```\n\n```\nmore\n```\n',
    '<!-- lint disable -->\n\n## Title.\n\n<!--lint enable heading-increment-->\n\n#### Deep\n',
    // Every rule disabled, one enabled by name: the global state still hides it.
    '<!-- lint disable -->\n\n## Title.\n\n<!-- lint enable no-heading-punctuation -->\n\n## Again.\n',
    // A disable of every rule left open at the end hides the findings before it too.
    '## Title.\n\nText.   \n\n<!-- lint disable -->\n',
    '## Title.\n\n<!-- lint disable no-heading-punctuation -->\n\n## Again.\n\n<!-- lint disable -->\n\n<!-- lint enable -->\n\n## Third.\n',
    // `ignore` with nothing after it, in a list and in a block quote, twice over one node.
    '## Title.\n\n<!-- lint ignore no-heading-punctuation -->\n',
    '- <!-- lint ignore no-trailing-spaces -->\n  Item.   \n- Next.   \n\n> <!-- lint ignore no-trailing-spaces -->\n> Quote.   \n',
    '<!-- lint ignore no-trailing-spaces no-heading-punctuation -->\n## Title.   \n\n## Other.\n',
    '<!-- lint disable no-trailing-spaces -->\n<!-- lint disable no-trailing-spaces -->\nText.   \n<!-- lint enable no-trailing-spaces -->\nText.   \n',
    '<!-- lint bogus -->\n\nText.   \n',
    '<!-- lint disable-next-line no-trailing-spaces -->\nText.   \n',
    '<!-- lint -->\n\nText.   \n',
    'Inline <!-- lint disable no-trailing-spaces --> comment.   \nText.   \n',
  ];

  test('around lint comments', async () => {
    const files = commentCases.map((text, index) => contentFile(join(repoRoot, `comments-${index}.md`), repoRoot, text));
    expect(await expectSameFindings(files)).toBeGreaterThan(8);
  });

  test('around lint comments in MDX', async () => {
    const mdx = [
      '{/* lint disable no-trailing-spaces */}\n\nText.   \n\n{/* lint enable no-trailing-spaces */}\n\nMore.   \n',
      '{/* lint ignore no-heading-punctuation */}\n## Title.\n\n## Other.\n',
    ];
    const files = mdx.map((text, index) => contentFile(join(repoRoot, `comments-${index}.mdx`), repoRoot, text));
    expect(await expectSameFindings(files)).toBeGreaterThan(0);
  });

  test('on the seed post', async () => {
    const seed = join(repoRoot, 'fixtures/seed/what-why-when-where-kafka.md');
    expect(await expectSameFindings([contentFile(seed, repoRoot)])).toBeGreaterThan(0);
  });

  test('on every file under content/', async () => {
    const files = markdownUnder(join(repoRoot, 'content')).map((path) => contentFile(path, repoRoot));
    expect(files.length).toBeGreaterThan(5);
    // The repository's content passes its own style check, so both lists are empty here; the
    // other inputs carry the findings.
    await expectSameFindings(files);
  });

  test('on the check fixtures', async () => {
    const files = markdownUnder(join(repoRoot, 'packages/check/test/fixtures'))
      // Past the input limits on purpose: they are not parsed, so no style rule runs on them.
      .filter((path) => !path.includes('/fixtures/limits/'))
      .map((path) => contentFile(path, repoRoot));
    expect(files.length).toBeGreaterThan(5);
    expect(await expectSameFindings(files)).toBeGreaterThan(0);
  });

  test('on a seeded generated corpus with seeded style defects', async () => {
    execFileSync(process.execPath, [join(repoRoot, 'bench/src/corpus.ts'), '--posts', '30', '--seed', 'style-equivalence', '--out', corpusDir], {
      stdio: 'ignore',
    });
    const next = random(20261126);
    const files = markdownUnder(join(corpusDir, 'content')).map((path) => {
      let text = readFileSync(path, 'utf8');
      for (const defect of styleDefects) if (next() < 0.5) text = defect(text, next());
      writeFileSync(path, text);
      return contentFile(path, corpusDir);
    });
    expect(files.length).toBeGreaterThan(25);
    const findings = files.map((file) => runStyle(file));
    const ruleIds = new Set(findings.flat().map((finding) => finding.ruleId));
    // The defects reach most rules.
    expect(ruleIds.size).toBeGreaterThan(12);
    expect(await expectSameFindings(files)).toBeGreaterThan(50);
  });
});
