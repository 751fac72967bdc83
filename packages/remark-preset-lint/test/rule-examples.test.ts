/**
 * Every rule file opens with its docs, in remark-lint's format: `ok` examples that must pass and
 * `input`/`output` pairs with the exact messages. This runs each example against its rule.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { remark } from 'remark';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type { Plugin } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { lintPlugins } from '../src/index.js';

type RulePlugin = Plugin<[unknown?]>;

const rulesDir = fileURLToPath(new URL('../src/rules/', import.meta.url));

interface Example {
  name: string;
  label?: 'input' | 'output';
  config?: unknown;
  body: string;
}

/** The `@example` blocks of a doc comment: a JSON line, a blank line, then the example. */
function examplesOf(source: string): Example[] {
  const header = source.slice(0, source.indexOf('*/'));
  return header
    .split('\n * @example\n')
    .slice(1)
    .map((block) => {
      const lines = block.split('\n').map((line) => line.replace(/^ \*(?: {3}| ?)?/, ''));
      const meta = JSON.parse(lines[0]!) as Omit<Example, 'body'>;
      const body = lines.slice(2).join('\n').replace(/\s+$/, '').replaceAll('␠', ' ');
      return { ...meta, body };
    });
}

function describeMessage(message: { place?: unknown; reason: string }): string {
  const place = message.place as { line: number; column: number } | { start: { line: number; column: number }; end: { line: number; column: number } };
  const at = 'start' in place ? `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}` : `${place.line}:${place.column}`;
  return `${at}: ${message.reason}`;
}

async function lint(rule: RulePlugin, example: Example): Promise<string[]> {
  const processor = remark().use(remarkFrontmatter, ['yaml']).use(remarkGfm);
  if (example.config === undefined) processor.use(rule);
  else processor.use(rule, example.config);
  const file = await processor.process(new VFile({ path: example.name, value: `${example.body}\n` }));
  return file.messages.map(describeMessage);
}

const ruleFiles = readdirSync(rulesDir).filter((name) => name.endsWith('.ts')).sort();

test('every rule file is in the preset, under the id it is named after', async () => {
  const names = new Set(lintPlugins.map((entry) => (Array.isArray(entry) ? entry[0] : entry)).map((plugin) => (plugin as Plugin).name));
  for (const name of ruleFiles) expect(names, name).toContain(`remark-lint:${name.replace(/\.ts$/, '')}`);
});

describe.each(ruleFiles)('%s', (name) => {
  const examples = examplesOf(readFileSync(`${rulesDir}${name}`, 'utf8'));

  test('documents an ok example and a reported one', () => {
    expect(examples.filter((example) => !example.label).length).toBeGreaterThan(0);
    expect(examples.filter((example) => example.label === 'output').length).toBeGreaterThan(0);
  });

  test.each(examples.filter((example) => example.label !== 'output'))('$name', async (example) => {
    const { default: rule } = (await import(`${rulesDir}${name}`)) as { default: RulePlugin };
    const output = examples.find((candidate) => candidate.label === 'output' && candidate.name === example.name);
    expect(await lint(rule, example)).toEqual(output ? output.body.split('\n') : []);
  });
});
