import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Nodes, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { globSync } from 'tinyglobby';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { afterAll, describe, expect, test } from 'vitest';
import { restoreTextDirectives, starlightSyntax } from '@pressroom/markdown';
import { checkInputLimits } from '../../src/input/limits.js';
import { parseMarkdownTree, plainFrontmatterTree, type MarkdownFormat } from '../../src/input/markdown-parser.js';
import { seededIntegers } from '../helpers/random.js';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));

// The processors parse.ts uses (frontmatter before GFM) and the ones graph.ts uses (GFM first).
const references = {
  parse: {
    md: unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm).freeze(),
    mdx: unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm).use(remarkMdx).freeze(),
  },
  graph: {
    md: unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze(),
    mdx: unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkMdx).freeze(),
  },
};

type Outcome = { tree: Root } | { error: unknown };

function outcome(parse: () => Root): Outcome {
  try {
    return { tree: parse() };
  } catch (error) {
    return { error };
  }
}

/** What parse.ts reads from a thrown MDX error, and what a reader of the message sees. */
function errorFields(error: unknown) {
  const { message, reason, line, column, place, ruleId, source, url, cause } = error as Record<string, unknown>;
  return { message, reason, line, column, place, ruleId, source, url, cause: String(cause) };
}

function expectSameAsReferences(text: string, format: MarkdownFormat): Outcome {
  const ours = outcome(() => parseMarkdownTree(text, format));
  for (const processors of Object.values(references)) {
    const theirs = outcome(() => processors[format].parse(new VFile({ path: `input.${format}`, value: text })));
    if ('error' in theirs) {
      expect('error' in ours, 'the reference threw, so must the new parser').toBe(true);
      expect(errorFields((ours as { error: unknown }).error)).toEqual(errorFields(theirs.error));
    } else {
      expect('tree' in ours, `unexpected throw: ${'error' in ours ? String(ours.error) : ''}`).toBe(true);
      expect((ours as { tree: Root }).tree).toStrictEqual(theirs.tree);
    }
  }
  return ours;
}

function count(node: Nodes, type: string): number {
  let total = node.type === type ? 1 : 0;
  if ('children' in node) for (const child of node.children) total += count(child, type);
  return total;
}

function markdownFiles(dir: string): string[] {
  return globSync(['**/*.md', '**/*.mdx'], { cwd: dir, absolute: true, ignore: ['**/node_modules/**'] }).sort();
}

/** Every `.md` file is also parsed as MDX: most throw somewhere, which checks the errors match too. */
function formatsOf(file: string): MarkdownFormat[] {
  return file.endsWith('.mdx') ? ['mdx', 'md'] : ['md', 'mdx'];
}

describe('the same trees as the remark processors', () => {
  test('the seed post', () => {
    const text = readFileSync(join(repoRoot, 'fixtures/seed/what-why-when-where-kafka.md'), 'utf8');
    const result = expectSameAsReferences(text, 'md');
    expect('tree' in result && count(result.tree, 'heading')).toBeGreaterThan(3);
    expectSameAsReferences(text, 'mdx');
  });

  const contentFiles = markdownFiles(join(repoRoot, 'content'));
  test('there is content to compare against', () => {
    expect(contentFiles.length).toBeGreaterThan(5);
  });
  test.each(contentFiles.map((file) => [relative(repoRoot, file), file]))('%s', (_, file) => {
    const text = readFileSync(file, 'utf8');
    for (const format of formatsOf(file)) expectSameAsReferences(text, format);
  });

  // A run never parses a file past the input limits: the fixtures of those limits are left out.
  const fixtureFiles = markdownFiles(fixtures).filter((file) => !checkInputLimits(readFileSync(file, 'utf8')));
  test('the fixtures include the parser cases', () => {
    expect(fixtureFiles.filter((file) => file.includes('markdown-parser')).length).toBeGreaterThanOrEqual(9);
  });
  test.each(fixtureFiles.map((file) => [relative(fixtures, file), file]))('fixture %s', (_, file) => {
    const text = readFileSync(file, 'utf8');
    for (const format of formatsOf(file)) expectSameAsReferences(text, format);
  });
});

describe('the Starlight syntax: the same trees as the docs processor', () => {
  /** remark-parse with the docs' syntax plugins, and the directives Starlight leaves alone put back. */
  function starlightReference(text: string, format: MarkdownFormat): Outcome {
    const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm);
    for (const [plugin, options] of starlightSyntax) processor.use(plugin, options);
    if (format === 'mdx') processor.use(remarkMdx);
    return outcome(() => {
      const tree = processor.parse(new VFile({ path: `input.${format}`, value: text }));
      restoreTextDirectives(tree, text);
      return tree;
    });
  }

  const docsFiles = [...markdownFiles(join(fixtures, 'starlight/docs')), ...markdownFiles(join(repoRoot, 'content/docs'))];
  test('there are pages with asides and directives to compare', () => {
    const texts = docsFiles.map((file) => readFileSync(file, 'utf8'));
    expect(texts.filter((text) => /^:::+\w+\[/m.test(text)).length).toBeGreaterThanOrEqual(3);
  });
  test.each(docsFiles.map((file) => [relative(repoRoot, file), file]))('%s', (_, file) => {
    const text = readFileSync(file, 'utf8');
    const format: MarkdownFormat = file.endsWith('.mdx') ? 'mdx' : 'md';
    const ours = outcome(() => parseMarkdownTree(text, format, 'starlight'));
    const theirs = starlightReference(text, format);
    expect('tree' in ours && 'tree' in theirs).toBe(true);
    expect((ours as { tree: Root }).tree).toStrictEqual((theirs as { tree: Root }).tree);
  });

  test('an aside label is the directive label, not a reference; a colon in a sentence stays text', () => {
    const tree = parseMarkdownTree(':::tip[Did you know?]\nA tip.\n:::\n\nA 16:9 ratio, see:this.', 'md', 'starlight');
    expect(count(tree, 'containerDirective')).toBe(1);
    expect(count(tree, 'linkReference')).toBe(0);
    expect(count(tree, 'textDirective')).toBe(0);
    expect(parseMarkdownTree(':::tip[Did you know?]\nA tip.\n:::', 'md')).toMatchObject({ children: [{ type: 'paragraph' }] });
  });
});

describe('a generated corpus', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'pressroom-markdown-parser-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  test('every page of a small seeded corpus', () => {
    execFileSync(process.execPath, [join(repoRoot, 'bench/src/corpus.ts'), '--posts', '40', '--seed', 'markdown-parser', '--out', outDir], {
      stdio: 'pipe',
    });
    const files = markdownFiles(join(outDir, 'content'));
    expect(files.length).toBeGreaterThan(40);
    let tables = 0;
    for (const file of files) {
      const result = expectSameAsReferences(readFileSync(file, 'utf8'), 'md');
      if ('tree' in result) tables += count(result.tree, 'table');
    }
    expect(tables).toBeGreaterThan(0);
  });

  test('every page of a small seeded corpus of the real-like profile (names, handles, changelogs, MDX)', () => {
    const realDir = join(outDir, 'real');
    execFileSync(process.execPath, [join(repoRoot, 'bench/src/corpus.ts'), '--posts', '40', '--profile', 'real', '--seed', 'markdown-parser', '--out', realDir], {
      stdio: 'pipe',
    });
    const files = markdownFiles(join(realDir, 'content'));
    let links = 0;
    for (const file of files) {
      const result = expectSameAsReferences(readFileSync(file, 'utf8'), file.endsWith('.mdx') ? 'mdx' : 'md');
      if ('tree' in result) links += count(result.tree, 'link');
    }
    expect(files.some((file) => file.endsWith('.mdx'))).toBe(true);
    expect(links).toBeGreaterThan(0);
  });
});

describe('each shortcut against its edge cases', () => {
  // [what, Markdown, literal autolinks GFM makes of it]
  const autolinkCases: [string, string, number][] = [
    ['a bare www domain', 'Go to www.example.com now.', 1],
    ['a URL before a closing paren', 'See https://x.y/z) here.', 1],
    ['balanced parens in a URL', 'Read (https://x.y/a_(b)) please.', 1],
    ['an e-mail address', 'Mail a@b.co today.', 1],
    ['an e-mail with a trailing dot', 'Mail first.last+tag@sub.example.org.', 1],
    ['mailto:', 'Write to mailto:a@b.co now.', 1],
    ['xmpp:', 'Chat on xmpp:a@b.co/home now.', 1],
    ['uppercase WWW.', 'Go to WWW.EXAMPLE.COM now.', 1],
    ['uppercase HTTPS://', 'Go to HTTPS://EXAMPLE.COM/A now.', 1],
    ['mixed case Http://', 'Go to Http://example.com now.', 1],
    ['after *', '*www.example.com*', 1],
    ['after _', '_https://example.com_', 1],
    ['after ~', '~~a@b.co~~', 1],
    ['after (', '(www.example.com)', 1],
    ['in a table', '| a | b |\n| - | - |\n| www.example.com | a@b.co |', 2],
    ['in link text', '[see https://x.y and a@b.co](https://z.example)', 1],
    ['after a link in the same paragraph', '[a](b) then https://after.example and a@b.co.', 3],
    ['an @ in code', 'Run `npm i a@b.co` and `@types/node`.', 0],
    ['an @ in fenced code', '```\nme@example.com https://x.y\n```', 0],
    ['a URL inside <...>', '<https://example.com> and <a@b.co>', 2],
    ['a scoped package name', 'Install @pressroom/check or @types/node.', 0],
    ['an @ without a dotted domain', 'Ask user@localhost or @someone.', 0],
    ['a domain ending in a digit or a dot', 'Not foo@bar.1 nor foo@bar. nor foo@.', 0],
    ['an underscore in the last domain label', 'Mail a@b.c_d now.', 1],
    ['an escaped dot in www', 'Go to www\\.example.com now.', 1],
    ['an @ from a character reference', 'Mail a&#64;b.co now.', 1],
    ['a colon from a character reference', 'Go to https&#58;//example.com now.', 1],
    ['an @ in frontmatter only', '---\nauthor: a@b.co\nsite: https://x.y\n---\n\n# Title\n\nText.', 0],
    ['a URL in a link destination only', '[text](https://dest.example/a) and [b](http://www.x.y).', 2],
    ['an e-mail on a lazy line', '> quote\na@b.co', 1],
    ['an e-mail in a heading', '# Ask a@b.co', 1],
    ['www without a dot after', 'www and wwwx.y and www-x.y.', 0],
    ['https without slashes', 'https:x.y and http:/x.y.', 0],
    ['an e-mail split by a line break', 'a@\nb.co and a@b\n.co', 0],
    ['an e-mail in MDX', '# Hi\n\nMail a@b.co and www.x.y.', 2],
  ];

  test.each(autolinkCases)('%s', (_, text, links) => {
    for (const format of ['md', 'mdx'] as const) {
      const result = expectSameAsReferences(text, format);
      if ('tree' in result && format === 'md') expect(count(result.tree, 'link')).toBe(links);
    }
  });

  // [what, Markdown, tables GFM makes of it]
  const tableCases: [string, string, number][] = [
    ['pipes', 'a | b\n--|--\n1 | 2', 1],
    ['a left-aligned column without pipes', 'a\n:--', 1],
    ['a right-aligned column without pipes', 'a\n--:', 1],
    ['a setext heading', 'a\n---', 0],
    ['a thematic break', 'a\n- - -', 0],
    ['in a block quote', '> a | b\n> -|-\n> 1 | 2', 1],
    ['in a list item', '- item\n\n  | a |\n  | - |\n  | 1 |', 1],
    ['indented delimiter row', 'a | b\n   --|--', 1],
    ['tab in the delimiter row', 'a | b\n--|\t--', 1],
    ['CRLF line endings', 'a | b\r\n--|--\r\n1 | 2\r\n', 1],
    ['CR line endings', 'a | b\r--|--\r1 | 2\r', 1],
    ['a lazy delimiter row', '> a | b\n--|--', 0],
    ['pipes but no delimiter row', 'a | b\nc | d', 0],
    ['a delimiter row in code', '```\na | b\n--|--\n```', 0],
    ['mismatched cells', 'a | b | c\n--|--', 0],
    ['in MDX', 'a | b\n--|--\n{1} | <b>2</b>', 1],
  ];

  test.each(tableCases)('table: %s', (_, text, tables) => {
    for (const format of ['md', 'mdx'] as const) {
      const result = expectSameAsReferences(text, format);
      if ('tree' in result && format === 'md') expect(count(result.tree, 'table')).toBe(tables);
    }
  });

  test('MDX syntax errors throw the same message and place, and the file still parses as Markdown', () => {
    const broken = ['broken-esm.mdx', 'broken-jsx.mdx', 'broken-expression.mdx', 'less-than.mdx'];
    for (const name of broken) {
      const text = readFileSync(join(fixtures, 'markdown-parser', name), 'utf8');
      const result = expectSameAsReferences(text, 'mdx');
      expect('error' in result, `${name} should not parse as MDX`).toBe(true);
      expectSameAsReferences(text, 'md');
    }
  });

  test('the MDX fixture keeps its ESM, JSX and expressions', () => {
    const text = readFileSync(join(fixtures, 'markdown-parser/components.mdx'), 'utf8');
    const result = expectSameAsReferences(text, 'mdx');
    if (!('tree' in result)) throw new Error('components.mdx should parse');
    // The import and the export on the next line are one ESM block.
    expect(count(result.tree, 'mdxjsEsm')).toBe(1);
    expect(count(result.tree, 'mdxJsxFlowElement')).toBe(1);
    expect(count(result.tree, 'mdxTextExpression')).toBeGreaterThan(1);
  });
});

describe('a document that is only a frontmatter block', () => {
  // [what, document, whether it is built without micromark]
  const cases: [string, string, boolean][] = [
    ['one field', '---\ntitle: x\n---', true],
    ['a line ending after the block', '---\ntitle: x\n---\n', true],
    ['CRLF', '---\r\ntitle: x\r\ntags: [a]\r\n---\r\n', true],
    ['CRLF and LF mixed', '---\r\ntitle: x\nb: 1\r\n---', true],
    ['an empty block', '---\n---', true],
    ['one empty line', '---\n\n---\n', true],
    ['two empty lines', '---\n\n\n---', true],
    ['a fence-like line inside', '---\na: ----\n----\n  ---\n---', true],
    ['blanks after the closing fence', '---\na: 1\n--- \n', false],
    ['a tab after the closing fence', '---\na: 1\n---\t', false],
    ['blanks after the opening fence', '--- \na: 1\n---', false],
    ['blanks closing early', '---\na: 1\n---  \nb: 2\n---', false],
    ['a lone CR', '---\ra: 1\r---', false],
    ['a lone CR inside', '---\na: 1\rb: 2\n---', false],
    ['two line endings after the block', '---\na: 1\n---\n\n', false],
    ['text after the block', '---\na: 1\n---\n# Title', false],
    ['no closing fence', '---\na: 1\n', false],
    ['four dashes', '----\na: 1\n----', false],
    ['a BOM', '\uFEFF---\na: 1\n---', false],
    ['the fence alone', '---', false],
    ['the opening fence and a line ending', '---\n', false],
  ];

  test.each(cases)('%s', (_, text, direct) => {
    expect(plainFrontmatterTree(text) !== undefined).toBe(direct);
    for (const format of ['md', 'mdx'] as const) expectSameAsReferences(text, format);
  });

  test('200 random blocks parse the same as the references', () => {
    const lines = ['title: x', '', ' ', '---', '--- ', '----', '  ---', 'a: ---', '-- -', 'tags: [a, b]', '\t---', '# x', '---\t'];
    const endings = ['\n', '\n', '\r\n', '\r'];
    const next = seededIntegers(7);
    let direct = 0;
    for (let index = 0; index < 200; index++) {
      let text = '---' + endings[next(endings.length)]!;
      const count = next(5);
      for (let line = 0; line < count; line++) text += lines[next(lines.length)]! + endings[next(endings.length)]!;
      text += '---' + ['', '\n', '\r\n', ' ', '\n\n'][next(5)];
      if (plainFrontmatterTree(text)) direct++;
      try {
        expectSameAsReferences(text, 'md');
      } catch (error) {
        throw new Error(`block ${index}: ${JSON.stringify(text)}`, { cause: error });
      }
    }
    // Both paths are exercised.
    expect(direct).toBeGreaterThan(20);
    expect(direct).toBeLessThan(180);
  });
});

describe('random documents built from the edge cases', () => {
  // A small deterministic generator, so a failure names a reproducible seed.
  function random(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
      state = (state + 0x6d2b79f5) >>> 0;
      let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
      mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
      return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
    };
  }
  const pieces = [
    'www.example.com', 'WWW.X.Y', 'https://x.y/z', 'HTTP://A.B', 'http://x', 'a@b.co', 'first.last@sub.ex.org.', 'mailto:a@b.co',
    'xmpp:me@x.y/r', '@scope/pkg', 'user@host', 'a', 'word', 'two words', '*', '_', '~', '~~', '(', ')', '[', ']', '[a](b)', '![i](j)',
    '[^1]', '[^1]: note', '`', '`code`', '<', '>', '<https://x.y>', '<a@b.co>', '&#64;', '&amp;', '\\.', '\\', '|', '--', ':-', '-:',
    '| - |', '---', '- ', '* ', '1. ', '> ', '# ', '[ ] ', '[x] ', '```', '    ', '\t', ' ', '  ', '\n', '\n', '\n\n', '\r\n', '\r',
    '{x}', '<b>', '</b>', 'import a from "b"',
  ];
  test('500 documents parse the same as the references', () => {
    for (let seed = 1; seed <= 500; seed++) {
      const next = random(seed);
      let text = next() < 0.2 ? '---\ntitle: x\n---\n' : '';
      const length = 5 + Math.floor(next() * 40);
      for (let index = 0; index < length; index++) text += pieces[Math.floor(next() * pieces.length)];
      try {
        expectSameAsReferences(text, next() < 0.25 ? 'mdx' : 'md');
      } catch (error) {
        throw new Error(`seed ${seed}: ${JSON.stringify(text)}`, { cause: error });
      }
    }
  });
});
