import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { toRecord } from '../../src/input/facts.js';
import { plainFrontmatterFacts } from '../../src/input/plain-frontmatter.js';
import { parseSafely } from '../../src/run/file-pass.js';
import { decodeSource } from '../../src/input/read.js';
import { repoRoot } from '../helpers/config.js';
import { seededIntegers } from '../helpers/random.js';

/** The frontmatter facts as the YAML parser gives them: the reference. */
function parsed(text: string) {
  const identity = { path: join(tmpdir(), 'page.md'), relativePath: 'content/blog/page.md', site: 'blog' as const, id: 'page' };
  return toRecord(parseSafely(identity, decodeSource(new TextEncoder().encode(text)))).facts.frontmatter;
}

/** Reads `text` both ways; when the plain reader answers, it must answer what the parser does. */
function expectSameAsParser(text: string): boolean {
  const plain = plainFrontmatterFacts(text);
  if (plain === undefined) return false;
  expect(plain, JSON.stringify(text)).toEqual(parsed(text));
  return true;
}

describe('blocks the plain reader reads as the parser does', () => {
  const cases: [string, string][] = [
    ['strings, a date and a time', '---\ntitle: Kafka in practice\ndescription: What, why, when and where.\npubDatetime: 2025-01-15T10:00:00Z\n---\n\nText.\n'],
    ['quoted strings with colons and hashes', '---\ntitle: "Kafka: the log # 1"\nauthor: \'O Brien: ops\'\n---\n'],
    ['null, booleans and integers', '---\ndraft: false\nfeatured: True\nsidebar: ~\nhidden: NULL\norder: 3\nplus: +7\nzeros: 007\nempty:\n---\n'],
    ['a block sequence', '---\ntitle: T\ntags:\n  - kafka\n  - "event streams"\n  - 2025\n---\n'],
    ['a block sequence at the key indentation', '---\ntags:\n- kafka\n- ops\ntitle: T\n---\n'],
    ['a flow sequence', '---\ntags: [kafka, "a,b", \'c\', 42, true]\ntitle: T\n---\n'],
    ['an empty flow sequence', '---\ntags: []\n---\n'],
    ['urls and words that look like numbers', '---\ncanonicalURL: https://example.com/a?b=c\nversion: 1.2.3\nname: 0x\nnote: C# and F#\n---\n'],
    ['unicode text', '---\ntitle: Café — naïve résumé 日本語\n---\n'],
    ['the fence at the end of the file', '---\ntitle: T\n---'],
    ['dots and brackets inside values', '---\ntitle: ...\nname: .NET\nlabel: a [b] {c}, d\nversion: v1.0-rc.1\n---\n'],
  ];
  test.each(cases)('%s', (_, text) => {
    expect(expectSameAsParser(text)).toBe(true);
  });
});

describe('blocks the plain reader leaves to the parser', () => {
  const cases: [string, string][] = [
    ['a float', '---\nratio: 1.5\n---\n'],
    ['an exponent', '---\nsize: 1e3\n---\n'],
    ['octal and hex', '---\nmode: 0o755\ncolor: 0xff\n---\n'],
    ['an infinity', '---\nlimit: .inf\n---\n'],
    ['a negative number', '---\nshift: -3\n---\n'],
    ['an integer too big for a number', '---\nid: 123456789012345678901\n---\n'],
    ['a comment', '---\ntitle: T # note\n---\n'],
    ['a comment line', '---\n# note\ntitle: T\n---\n'],
    ['a colon and space in a plain value', '---\ntitle: Kafka: the guide\n---\n'],
    ['an escape in double quotes', '---\ntitle: "a\\tb"\n---\n'],
    ['a doubled single quote', "---\ntitle: 'it''s'\n---\n"],
    ['a nested mapping', '---\nhero:\n  tagline: T\n---\n'],
    ['a multi-line plain scalar', '---\ndescription: one\n  two\n---\n'],
    ['a block scalar', '---\ndescription: |\n  one\n---\n'],
    ['an anchor and an alias', '---\na: &x 1\nb: *x\n---\n'],
    ['a tag', '---\ndate: !!str 2025\n---\n'],
    ['a duplicate key', '---\ntitle: A\ntitle: B\n---\n'],
    ['a boolean key', '---\ntrue: x\n---\n'],
    ['a key without a space after the colon', '---\ntitle:T\n---\n'],
    ['two spaces after the colon', '---\ntitle:  T\n---\n'],
    ['trailing spaces', '---\ntitle: T \n---\n'],
    ['a tab', '---\ntitle: a\tb\n---\n'],
    ['a blank line', '---\ntitle: T\n\ndraft: true\n---\n'],
    ['CRLF line endings', '---\r\ntitle: T\r\n---\r\n'],
    ['a fence with trailing spaces', '---\ntitle: T\n--- \n'],
    ['an opening fence with trailing spaces', '--- \ntitle: T\n---\n'],
    ['no closing fence', '---\ntitle: T\n'],
    ['an empty block', '---\n---\n'],
    ['a flow mapping', '---\nhero: {title: T}\n---\n'],
    ['a flow sequence without spaces', '---\ntags: [a,b]\n---\n'],
    ['a flow sequence with padding', '---\ntags: [ a, b ]\n---\n'],
    ['a comma and space inside a quoted item', '---\ntags: ["a, b"]\n---\n'],
    ['an empty sequence item', '---\ntags:\n  -\n  - a\n---\n'],
    ['a sequence item holding a mapping', '---\ntags:\n  - name: a\n---\n'],
    ['a line separator', '---\ntitle: a\u2028b\n---\n'],
  ];
  test.each(cases)('%s', (_, text) => {
    expect(plainFrontmatterFacts(text)).toBeUndefined();
  });
});

test('every page of a generated corpus is read plainly, as the parser reads it', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'pressroom-plain-frontmatter-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));
  execFileSync(process.execPath, [join(repoRoot, 'bench/src/corpus.ts'), '--posts', '40', '--seed', 'plain-frontmatter', '--out', outDir], { stdio: 'pipe' });
  const files = readdirSync(join(outDir, 'content'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && entry.name.endsWith('.md'));
  expect(files.length).toBeGreaterThan(40);
  for (const entry of files) expect(expectSameAsParser(readFileSync(join(entry.parentPath, entry.name), 'utf8'))).toBe(true);
});

test('3,000 random blocks: whatever the plain reader answers, the parser answers too', () => {
  const keys = ['title', 'tags', 'draft', 'order', 'description', 'Title', 'a-b', 'x_1', 'null', 'TRUE', 'yes', '1a', '-a', 'a b'];
  const scalars = [
    'x', 'two words', 'null', 'Null', 'nULL', '~', 'true', 'False', 'tRUE', 'yes', 'no', '0', '007', '+3', '-3', '3.0', '1e3', '.5', '0o17', '0x1F', '0xZZ',
    '.inf', '-.Inf', '.NaN', '9007199254740993', '2025-01-15', '10:30', 'a:b', 'a: b', 'a:', ':a', 'a #b', 'a#b', '#a', '"q"', '"a: b"', '"a\\"b"', '""',
    "'s'", "'it''s'", "''", '"unclosed', 'a"b', "a'b", '[a, b]', '[]', '[a,b]', '[ a ]', '["a, b", c]', '[a: b]', '{a: b}', '&x a', '*x', '!t a', '|', '>',
    '- a', '? a', '@a', '`a`', '%a', 'a ', ' a', 'a\tb', 'é', '\u2028', 'a,b', 'a]', 'http://x.y/z', 'C#', '<<',
  ];
  const valueLines = (next: (below: number) => number): string[] => {
    const shape = next(6);
    if (shape === 0) return [''];
    if (shape === 1) {
      const indent = ['', '  ', ' ', '    '][next(4)]!;
      return ['', ...Array.from({ length: 1 + next(3) }, () => `${indent}- ${scalars[next(scalars.length)]}`)];
    }
    return [` ${scalars[next(scalars.length)]}`];
  };
  const next = seededIntegers(11);
  let plain = 0;
  for (let index = 0; index < 3000; index++) {
    let text = '---\n';
    for (let entry = 0, count = 1 + next(4); entry < count; entry++) {
      const [first, ...rest] = valueLines(next);
      text += `${keys[next(keys.length)]}:${first}\n${rest.map((line) => `${line}\n`).join('')}`;
      if (next(12) === 0) text += ['\n', '# c\n', '  more\n'][next(3)];
    }
    text += '---\n\nText.\n';
    if (expectSameAsParser(text)) plain++;
  }
  // Both paths are exercised.
  expect(plain).toBeGreaterThan(300);
  expect(plain).toBeLessThan(2700);
});
