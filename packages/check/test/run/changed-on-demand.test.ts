import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { CheckConfigError, loadConfig } from '../../src/run/config.js';
import { check, type Diagnostic } from '../../src/run/check.js';
import { toRecord } from '../../src/input/facts.js';
import { lazyRecord } from '../../src/run/lazy-record.js';
import { linkLandsOn, readLinksAhead } from '../../src/links/state.js';
import { parseSafely, runContext } from '../../src/run/file-pass.js';
import { Stretches } from '../../src/profile/index.js';
import type { RuleContext } from '../../src/rule.js';
import { rules } from '../../src/rules/index.js';
import { decodeSource } from '../../src/input/read.js';
import { repoRoot } from '../helpers/config.js';

const scratch = mkdtempSync(join(tmpdir(), 'pressroom-changed-on-demand-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const linkSites = fileURLToPath(new URL('../fixtures/sites/', import.meta.url));
const mixed = fileURLToPath(new URL('../fixtures/mixed/', import.meta.url));

function markdownUnder(root: string, dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).replaceAll('\\', '/'))
    .sort();
}

/** The link rules ask no words. */
const noWordsAsked = () => Promise.reject(new Error('no words are asked here'));
const noWords = { setup: noWordsAsked, tokens: noWordsAsked, judge: noWordsAsked };

const shown = (diagnostic: Diagnostic) => `${diagnostic.file}:${diagnostic.line}:${diagnostic.column} ${diagnostic.ruleId} ${diagnostic.message}`;

/** Facts as plain data: getters read, so a record read on demand compares with a parsed one. */
const plain = (value: unknown) => (value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as unknown));

describe('--changed reads the other files on demand', () => {
  test.each([
    ['the link fixture sites', linkSites, true],
    ['the mixed fixture', mixed, false],
    ['the repository', repoRoot, false],
  ])('in %s, each file changed alone gets the findings a full run gives it, and each file that links to it those about its links into it', async (_name, root, brokenLinksBetweenFiles) => {
    const config = loadConfig(root);
    const full = await check({ config, cwd: root, cache: false });
    const fullRun = new Map(full.files.map((file) => [file.file.relativePath, file]));
    const context: RuleContext = { ...runContext(config, new Map(), full.files.map((file) => file.file), noWords), options: {}, severity: 'error' };
    const referenceRules = new Set(rules.filter((rule) => rule.references).map((rule) => rule.meta.id));
    /** The full run's findings in `path` about a link of it that lands on `changed`. */
    const linksInto = (path: string, changed: string) => {
      const { file, diagnostics } = fullRun.get(path)!;
      const landsOnChanged = (diagnostic: Diagnostic) =>
        file.facts.links.some(
          (link) => link.position.start.line === diagnostic.line && link.position.start.column === diagnostic.column && linkLandsOn(context, file, link) === changed,
        );
      return diagnostics.filter((diagnostic) => referenceRules.has(diagnostic.ruleId) && landsOnChanged(diagnostic)).map(shown);
    };
    const files = markdownUnder(root, 'content');
    expect(files.length).toBeGreaterThan(4);
    let dependents = 0;
    let dependentFindings = 0;
    for (const changed of files) {
      const run = await check({ config, cwd: root, cache: false, only: new Set([changed]) });
      const checked = run.files.map((file) => file.file.relativePath);
      expect(checked).toContain(changed);
      dependents += checked.length - 1;
      for (const file of run.files) {
        const path = file.file.relativePath;
        const expected = path === changed ? fullRun.get(path)!.diagnostics.map(shown) : linksInto(path, changed);
        expect(file.diagnostics.map(shown), `${path}, ${changed} changed`).toEqual(expected);
        if (path !== changed) dependentFindings += expected.length;
      }
      // And no file with such a finding is left out.
      for (const path of fullRun.keys()) if (path !== changed && linksInto(path, changed).length > 0) expect(checked, `${changed} changed`).toContain(path);
    }
    // Some change must reach a file that links to it, or the comparison says nothing about links.
    expect(dependents).toBeGreaterThan(0);
    if (brokenLinksBetweenFiles) expect(dependentFindings).toBeGreaterThan(0);
  });

  const frontmatters: [string, string][] = [
    ['a plain block', '---\ntitle: Plain\ntags: [a, b]\n---\n\n# Plain\n'],
    ['Windows line endings', '---\r\ntitle: Crlf\r\ntags:\r\n  - a\r\n---\r\n\r\nText\r\n'],
    ['a closing fence with trailing blanks', '---\ntitle: Blanks\n---  \t\nText\n'],
    ['a four-dash line before the fence', '---\ntitle: Dashes\n----\n---\nText\n'],
    ['no closing fence', '---\ntitle: Open\n\nText and no fence\n'],
    ['an empty block', '---\n---\nText\n'],
    ['YAML that does not parse', '---\ntitle: [unclosed\n---\nText\n'],
    ['an indented fence', '---\ntitle: Indented\n   ---\n---\nText\n'],
    ['a thematic break and no block', 'Text\n\n---\n\nMore\n'],
    ['a block at the end of the file', '---\ntitle: Last\n---'],
    ['a fence on the first line only', '---'],
  ];

  test.each(frontmatters)('a file read on demand has the facts of the whole parse: %s', (_name, text) => {
    for (const format of ['md', 'mdx'] as const) {
      const identity = { path: join(scratch, `page.${format}`), relativePath: `content/blog/page.${format}`, site: 'blog' as const, id: 'page' };
      const source = decodeSource(new TextEncoder().encode(text));
      const parsed = toRecord(parseSafely(identity, source));
      const onDemand = lazyRecord(identity, source, () => undefined, new Stretches());
      expect(onDemand.readable).toBe(parsed.readable);
      expect(plain(onDemand.facts.frontmatter)).toEqual(plain(parsed.facts.frontmatter));
      expect(plain(onDemand.facts)).toEqual(plain(parsed.facts));
    }
  });

  test('a file may name a changed file whenever its lower-cased text holds the name or writes an escape', () => {
    const identity = { path: join(scratch, 'page.md'), relativePath: 'content/blog/page.md', site: 'blog' as const, id: 'page' };
    const mayMention = (text: string, names: string[]) => lazyRecord(identity, decodeSource(new TextEncoder().encode(text)), () => undefined, new Stretches()).mayMention!(names);
    const byLowerCasing = (text: string, names: string[]) =>
      names.some((name) => text.toLowerCase().includes(name)) || /\\|&(?:#x?[\da-f]+|[a-z][\da-z]*);|%[\da-f]{2}/.test(text.toLowerCase());
    const cases: [string, string[]][] = [
      ['See [it](./First-Post.md).', ['first-post']],
      ['See [it](/posts/FIRST-POST/).', ['first-post', 'first-post']],
      ['Nothing to see here.', ['first-post']],
      ['See [it](./first\\-post.md).', ['first-post']],
      ['See [it](./first&#45;post.md) or &AMP;.', ['first-post']],
      ['See [it](./first%2Dpost.md).', ['first-post']],
      // The Kelvin sign and the dotted capital I lower-case into ASCII.
      ['See [it](./\u212Aafka.md).', ['kafka']],
      ['See [it](./\u0130ndex-page.md).', ['i\u0307ndex-page']],
      ['See [it](./CAF\u00C9.md).', ['caf\u00E9']],
      ['See [it](./caf\u00E9.md).', ['cafe']],
      ['A name with (brackets) and a dot.md', ['(brackets) and a dot.md']],
    ];
    for (const [text, names] of cases) {
      const expected = byLowerCasing(text, names);
      // Never a "no" where lower-casing finds the name; a "yes" only for the two special characters.
      if (expected) expect(mayMention(text, names), text).toBe(true);
      else expect(mayMention(text, names), text).toBe(/[\u0130\u212a]/.test(text));
    }
    expect(mayMention('See [it](./First-Post.md).', ['first-post'])).toBe(true);
    expect(mayMention('Nothing to see here.', ['first-post'])).toBe(false);
  });

  test('a link written with escapes still names the changed file; a file that names it nowhere is not parsed', async () => {
    const root = join(scratch, 'escaped');
    const blog = join(root, 'content/blog');
    mkdirSync(blog, { recursive: true });
    for (const name of ['pressroom.config.json', 'cspell.config.yaml']) cpSync(join(mixed, name), join(root, name));
    const post = (title: string, body: string) => `---\ntitle: ${title}\ndescription: A post about ${title.toLowerCase()} for the tests.\npubDatetime: 2025-01-15\ntags: [Guide]\n---\n\n${body}\n`;
    writeFileSync(join(blog, 'first-post.md'), post('First post', '## Setup\n\nKafka moves events.'));
    writeFileSync(join(blog, 'unrelated.md'), post('Unrelated', 'Kafka keeps events in order.'));
    const config = loadConfig(root);
    const only = new Set(['content/blog/first-post.md']);

    const alone = await check({ config, cwd: root, cache: false, only });
    expect(alone.files.map((file) => file.file.relativePath)).toEqual(['content/blog/first-post.md']);
    expect(alone.timings.has('parse (facts on demand)')).toBe(false);

    writeFileSync(
      join(blog, 'escaped.md'),
      post('Escaped', 'Read [the setup](./first\\-post.md#setup), [the steps](./first&#45;post.md#steps) and [the end](./first%2Dpost.md#end).'),
    );
    const withLinks = await check({ config, cwd: root, cache: false, only });
    expect(withLinks.files.map((file) => file.file.relativePath).sort()).toEqual(['content/blog/escaped.md', 'content/blog/first-post.md']);
    const escaped = withLinks.files.find((file) => file.file.relativePath === 'content/blog/escaped.md')!;
    expect(escaped.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'link-missing-anchor').map((diagnostic) => diagnostic.column)).toEqual([
      readFileSync(join(blog, 'escaped.md'), 'utf8').split('\n')[7]!.indexOf('[the steps]') + 1,
      readFileSync(join(blog, 'escaped.md'), 'utf8').split('\n')[7]!.indexOf('[the end]') + 1,
    ]);
  });

  test('dictionaries that do not load stop the run with the cause, though the link rules ran while the changed file waited', async () => {
    const root = join(scratch, 'broken-dictionaries');
    const blog = join(root, 'content/blog');
    mkdirSync(blog, { recursive: true });
    cpSync(join(mixed, 'pressroom.config.json'), join(root, 'pressroom.config.json'));
    // Every dictionary that knows English words turned off: cspell then knows none.
    const off = ['en_us', 'en-gb', 'companies', 'softwareTerms', 'en-common-misspellings', 'public-licenses', 'cryptocurrencies', 'software-terms', 'web-services', 'npm', 'html', 'filetypes', 'computing-acronyms', 'aws', 'coding-compound-terms', 'software-tools', 'software-term-suggestions'];
    writeFileSync(join(root, 'cspell.config.yaml'), `version: '0.2'\nlanguage: en\ndictionaries: [${off.map((name) => `'!${name}'`).join(', ')}]\n`);
    writeFileSync(join(blog, 'changed.md'), '---\ntitle: Changed\ndescription: A changed post with a broken link for the tests.\npubDatetime: 2025-01-15\n---\n\nSee [the gone page](./gone.md).\n');
    const run = check({ config: loadConfig(root), cwd: root, cache: false, only: new Set(['content/blog/changed.md']) });
    await expect(run).rejects.toBeInstanceOf(CheckConfigError);
    await expect(run).rejects.toThrow('The spelling dictionaries did not load');
  });
});

test('reading links ahead parses the files that may link to a changed one, and only those', async () => {
  const parsed: string[] = [];
  const record = (name: string, text: string) =>
    lazyRecord(
      { path: join(scratch, `${name}.md`), relativePath: `content/blog/${name}.md`, site: 'blog', id: name },
      decodeSource(new TextEncoder().encode(`---\ntitle: ${name}\n---\n\n${text}\n`)),
      (file) => parsed.push(file.record.relativePath),
      new Stretches(),
    );
  const files = [record('links-to-it', 'See [the post](./first-post.md).'), record('elsewhere', 'See [another](./second-post.md).'), record('escaped', 'See [it](./first\\-post.md).')];
  await readLinksAhead(files, new Set(['content/blog/first-post.md']));
  expect(parsed).toEqual(['content/blog/links-to-it.md', 'content/blog/escaped.md']);
  // A changed index page may be named by any URL: every file is read.
  parsed.length = 0;
  await readLinksAhead(files, new Set(['content/blog/index.md']));
  expect(parsed).toEqual(['content/blog/elsewhere.md']);
});
