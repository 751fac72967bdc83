import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Node } from 'unist';
import { VFile } from 'vfile';
import { location } from 'vfile-location';
import type { VFileMessage } from 'vfile-message';
import { describe, expect, test } from 'vitest';
import { headingPunctuation, lintPlugins } from '../src/index.js';
import { upstreamLintPlugins } from './upstream-plugins.js';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();
const upstream = unified().use(upstreamLintPlugins(headingPunctuation)).freeze();
const ours = unified().use(lintPlugins).freeze();

/** Everything a message carries that a reporter or `pressroom check` could show or use. */
function describeMessage(message: VFileMessage) {
  const cause = message.cause as VFileMessage | undefined;
  return {
    ruleId: message.ruleId,
    source: message.source,
    reason: message.reason,
    place: message.place,
    fatal: message.fatal,
    url: message.url,
    ancestors: message.ancestors?.map((node: Node) => node.type),
    cause: cause && { reason: cause.reason, place: cause.place, ruleId: cause.ruleId, ancestors: cause.ancestors?.map((node: Node) => node.type) },
  };
}

async function lint(processor: typeof ours, markdown: string) {
  const tree = parser.parse(markdown) as Root;
  const file = new VFile({ path: 'input.md', value: markdown });
  try {
    await processor.run(tree, file);
  } catch (error) {
    return { failed: String(error) };
  }
  if (processor === upstream) {
    for (const message of file.messages) placeTableCellPaddingInItsLine(message, markdown);
    file.messages = file.messages.filter((message) => !isMeaningfulTrailingSpace(message, tree, markdown));
  }
  return file.messages.map(describeMessage);
}

/**
 * The second difference on purpose: `no-trailing-spaces` leaves the spaces of a hard break and
 * the lines inside a code block alone, where upstream reports every line.
 */
function isMeaningfulTrailingSpace(message: VFileMessage, tree: Root, markdown: string): boolean {
  const place = message.place;
  if (message.ruleId !== 'no-trailing-spaces' || !place || !('start' in place)) return false;
  const { line, offset } = place.start;
  let meaningful = false;
  const visit = (node: Node) => {
    const position = node.position;
    if (node.type === 'break' && position?.start.offset === offset) meaningful = true;
    if (node.type === 'code' && position) {
      // The code's own lines: after the opening fence, or from the first line of indented code.
      const value = String((node as { value?: string }).value ?? '');
      const count = value === '' ? 0 : value.split('\n').length;
      const first = /^[ \t>]*([`~])\1{2}/.test(markdown.slice(position.start.offset ?? 0)) ? position.start.line + 1 : position.start.line;
      if (line >= first && line < first + count) meaningful = true;
    }
    for (const child of (node as { children?: Node[] }).children ?? []) visit(child);
  };
  visit(tree);
  return meaningful;
}

/**
 * The one place the preset differs on purpose: `table-cell-padding` counts a delimiter-row cell's
 * column from the start of the line in a block quote or a list, where upstream counts from after
 * the `>` or the indent. Upstream's offset is right, and every other message's column already
 * agrees with its offset, so the column is taken from the offset.
 */
function placeTableCellPaddingInItsLine(message: VFileMessage, markdown: string): void {
  const place = message.place;
  if (message.ruleId !== 'table-cell-padding' || !place || 'start' in place || place.offset === undefined) return;
  const column = location(markdown).toPoint(place.offset)?.column;
  if (column === undefined) return;
  message.place = { ...place, column };
  message.column = column;
}

/** The inputs of every example in the upstream rules' docs: each rule's edge cases. */
function upstreamExamples(): string[] {
  const require = createRequire(import.meta.url);
  // The rules of both presets sit beside them in the store; the house rules are ours to resolve.
  const ruleFiles = new Set<string>();
  for (const preset of ['remark-preset-lint-recommended', 'remark-preset-lint-consistent']) {
    const siblings = join(dirname(require.resolve(preset)), '..');
    for (const name of readdirSync(siblings)) {
      if (name.startsWith('remark-lint-')) ruleFiles.add(realpathSync(join(siblings, name, 'index.js')));
    }
  }
  for (const rule of ['fenced-code-flag', 'heading-increment', 'heading-style', 'no-heading-punctuation', 'no-trailing-spaces']) {
    ruleFiles.add(realpathSync(require.resolve(`remark-lint-${rule}`)));
  }
  const examples: string[] = [];
  for (const ruleFile of ruleFiles) {
    const source = readFileSync(ruleFile, 'utf8');
    for (const block of source.split(/\n \* @example\n/).slice(1)) {
      const lines = block.split('\n');
      const header = JSON.parse(lines[0]!.replace(/^ \* {3}/, '')) as { label?: string };
      if (header.label === 'output') continue;
      const body: string[] = [];
      for (const line of lines.slice(2)) {
        if (!line.startsWith(' *') || line.startsWith(' * @') || line.startsWith(' */')) break;
        body.push(line.replace(/^ \* {0,3}/, ''));
      }
      examples.push(body.join('\n').replaceAll('␠', ' ').replaceAll('␉', '\t').replaceAll('␊', '\n').replaceAll('␍', '\r'));
    }
  }
  expect(ruleFiles.size).toBe(29);
  return examples;
}

function markdownUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdownUnder(path);
    return /\.mdx?$/.test(name) ? [path] : [];
  });
}

/**
 * Expects the preset to report on each input exactly what the upstream list reports, and returns
 * how many messages that was: a comparison of empty reports would show nothing.
 */
async function expectSameReports(inputs: readonly { label: string; markdown: string }[]): Promise<number> {
  let reported = 0;
  for (const { label, markdown } of inputs) {
    const expected = await lint(upstream, markdown);
    expect(await lint(ours, markdown), label).toEqual(expected);
    if (Array.isArray(expected)) reported += expected.length;
  }
  return reported;
}

const asInput = (markdown: string) => ({ label: markdown, markdown });

describe('the preset reports exactly what the upstream rules report', () => {
  const examples = upstreamExamples();

  test('on every example input of every upstream remark-lint rule', async () => {
    expect(examples.length).toBeGreaterThan(100);
    expect(await expectSameReports(examples.map(asInput))).toBeGreaterThan(100);
  });

  // Where message control decides: text after the last node (a gap, where upstream drops
  // messages), disable comments, and a file with neither.
  const controlCases = [
    '| Broker | Port |\n| ------ | ---- |\n| Kafka  | 9092 |   \n',
    '# Kafka:   ',
    '## Kafka\n\n```\ncode\n```   \n\n\n   ',
    'Some *text*.   \n\n<!-- lint disable no-trailing-spaces -->\n\nMore text.   \n\n<!-- lint enable no-trailing-spaces -->\n\nEnd.   \n',
    '<!-- lint ignore fenced-code-flag -->\n```\ncode\n```\n\n```\nmore\n```\n',
    '<!-- lint disable -->\n\n## Title.\n\n<!--lint enable heading-increment-->\n\n#### Deep\n',
    '<!-- lint bogus -->\n\nText.\n',
    'Text __strong__ and **strong**.  \nNext line.   \n',
    // Tables in a block quote and a list, with padding findings on their delimiter rows.
    '> | Broker | Port |\n> |------| ---- |\n\n* | Broker | Port |\n  | ------ |----|\n',
    // Trailing spaces that mean something (hard breaks, code) beside ones that do not.
    'Line one  \nline two   \nline three \t\n\n  \n```text  \ncode  \n\n  \n```  \n\n    indented  \n    code\n\n> quoted  \n> break\n>\n> ```\n> quoted code  \n> ```\n\n- item  \n  break\n\n```\nnot closed  \n',
  ];

  test('on text after the last node and around lint comments', async () => {
    expect(await expectSameReports(controlCases.map(asInput))).toBeGreaterThan(8);
  });

  test('on the content of the repository and the seed post', async () => {
    const files = [...markdownUnder(join(repoRoot, 'content')), join(repoRoot, 'fixtures/seed/what-why-when-where-kafka.md')];
    expect(await expectSameReports(files.map((path) => ({ label: path, markdown: readFileSync(path, 'utf8') })))).toBeGreaterThan(0);
    // Its work grows with every post and page: 5 s, vitest's default, is not a bound on that.
  }, 60_000);
});
