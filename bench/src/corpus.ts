/**
 * A deterministic corpus of blog posts and docs pages for the benchmarks: realistic prose, valid
 * frontmatter, links across both sites, and a known set of defects (broken file links, broken
 * anchors, misspellings) recorded with their exact positions in `manifest.json`.
 *
 * Usage: node src/corpus.ts --posts 2000 [--docs-pages 12] [--seed pressroom] [--profile generated|real] [--out DIR]
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { crc32, deflateSync } from 'node:zlib';
import GithubSlugger from 'github-slugger';
import { parse as parseYaml } from 'yaml';
import { Random } from './random.ts';
import { RealContent } from './real.ts';
import {
  adjectives,
  adverbs,
  authors,
  conjunctions,
  misspellings,
  nouns,
  openers,
  prepositions,
  tags,
  trickyHeadings,
  verbs,
} from './vocabulary.ts';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export type DefectKind = 'misspelling' | 'broken-file' | 'broken-anchor';
/** How a link is written: each peer understands only some of these forms. */
export type LinkForm = 'relative' | 'site-root' | 'same-file';

export interface Defect {
  kind: DefectKind;
  /** Relative to the corpus root, with `/`. */
  file: string;
  /** 1-based, counted from the first line of the file (frontmatter included). */
  line: number;
  /** 1-based, in UTF-16 code units; the start of the word, or the `[` of the link. */
  column: number;
  /** The misspelled word, or the whole link as written. */
  text: string;
  /** For links: the URL as written. */
  url?: string;
  form?: LinkForm;
}

/**
 * `generated`: short posts whose only unknown words are the planted misspellings. `real`: posts
 * shaped like a project's changelog-heavy blog (see `real.ts`): thousands of distinct names and
 * identifiers nobody's dictionary knows, long lists and tables, large code blocks, files of 100+ KB
 * and MDX.
 */
export type CorpusProfile = 'generated' | 'real';
export const corpusProfiles: readonly CorpusProfile[] = ['generated', 'real'];

export interface Manifest {
  seed: string;
  profile: CorpusProfile;
  posts: number;
  docsPages: number;
  files: number;
  bytes: number;
  words: number;
  internalLinks: number;
  anchoredLinks: number;
  defects: Defect[];
  /** Distinct names and identifiers written in prose, where spelling checkers read them (`real` only). */
  distinctNames?: number;
}

export interface CorpusOptions {
  posts: number;
  seed?: string;
  profile?: CorpusProfile;
  /** Created (and emptied) if needed. */
  outDir: string;
  /**
   * Docs pages in all, at least the fixed set's 12 (the default): the pages past those are spread
   * over the folders the docs site's sidebar lists.
   */
  docsPages?: number;
}

export interface Heading {
  depth: number;
  text: string;
  slug: string;
}

export interface Page {
  site: 'blog' | 'docs';
  /** Relative to the corpus root. */
  file: string;
  /** Site-root route, e.g. `/posts/foo/` or `/guides/bar/`. */
  route: string;
  title: string;
  headings: Heading[];
}

/** A run of text that must stay on one line; `defect` marks it as a known defect. */
export interface Token {
  text: string;
  defect?: Omit<Defect, 'file' | 'line' | 'column'>;
}

const blogUrl = 'https://blog.pressroom.example';
const docsUrl = 'https://docs.pressroom.example';
const wrapWidth = 100;

const docsPagePaths = [
  'index',
  'start/getting-started',
  'start/installation',
  'guides/writing-a-post',
  'guides/linking',
  'guides/images-and-media',
  'guides/spelling',
  'concepts/link-graph',
  'concepts/caching',
  'reference/frontmatter',
  'reference/cli',
  'reference/configuration',
] as const;

/** The folders the docs site's sidebar lists (`docsSections` in apps/docs/src/sidebar.ts). */
export const docsSidebarFolders = ['start', 'guides', 'reference'] as const;

/** The docs pages every corpus has; `docsPages` adds pages past these. */
export const fixedDocsPages = docsPagePaths.length;

/** Only nouns and adjectives give way to a misspelling, so the sentence keeps its shape. */
const replaceable = new Set<string>([...nouns, ...adjectives]);

const codeLanguages = ['ts', 'js', 'bash', 'json', 'yaml', 'python', 'go', 'sql'] as const;

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function slugWords(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

export class Writer {
  lines: string[] = [];
  defects: Defect[] = [];
  words = 0;
  internalLinks = 0;
  anchoredLinks = 0;

  readonly file: string;

  constructor(file: string) {
    this.file = file;
  }

  line(text = ''): void {
    this.lines.push(text);
  }

  /** Wraps tokens into lines of at most `wrapWidth` characters and records defect positions. */
  paragraph(tokens: Token[], prefix = '', continuation = ' '.repeat(prefix.length)): void {
    let current = prefix;
    let atLineStart = true;
    for (const token of tokens) {
      if (!atLineStart && current.length + 1 + token.text.length > wrapWidth) {
        this.lines.push(current);
        current = continuation;
        atLineStart = true;
      }
      if (!atLineStart) current += ' ';
      if (token.defect) {
        this.defects.push({
          ...token.defect,
          file: this.file,
          line: this.lines.length + 1,
          column: current.length + 1,
        });
      }
      current += token.text;
      atLineStart = false;
      this.words += token.text.split(' ').length;
    }
    this.lines.push(current);
  }

  toString(): string {
    return `${this.lines.join('\n')}\n`;
  }
}

export class Generator {
  readonly pages: Page[] = [];
  readonly posts: Page[] = [];
  readonly docs: Page[] = [];

  readonly random: Random;
  readonly postCount: number;
  readonly profile: CorpusProfile;
  /**
   * For the file being written, when set: how many more findings spelling checkers may report in
   * it, and how often each misspelling was planted. cspell reports at most 200 problems a file and
   * 5 of one word, so a misspelling planted past either limit would be a defect no tool reports.
   */
  limits?: { unknownBudget: number; planted: Map<string, number> };

  readonly docsCount: number;

  constructor(random: Random, postCount: number, profile: CorpusProfile = 'generated', docsCount: number = fixedDocsPages) {
    this.random = random;
    this.postCount = postCount;
    this.profile = profile;
    this.docsCount = docsCount;
  }

  /** A misspelling to plant now, within the file's limits; `undefined` when none may be. */
  misspelling(): string | undefined {
    const limits = this.limits;
    if (!limits) return this.random.pick(misspellings);
    if (limits.unknownBudget <= 0) return undefined;
    const word = this.random.pick(misspellings);
    const planted = limits.planted.get(word) ?? 0;
    if (planted >= 4) return undefined;
    limits.planted.set(word, planted + 1);
    limits.unknownBudget -= 1;
    return word;
  }

  plan(): void {
    for (let index = 0; index < this.postCount; index++) {
      const random = this.random;
      const topic = `${random.pick(adjectives)} ${random.pick(nouns)}`;
      const title = `${capitalize(topic)} ${random.pick(prepositions)} the ${random.pick(nouns)}, part ${index + 1}`;
      const slug = `${slugWords(title)}`;
      this.posts.push({
        site: 'blog',
        file: `content/blog/${slug}.md`,
        route: `/posts/${slug}/`,
        title,
        headings: this.planHeadings(5, index % 7 === 0),
      });
    }
    const docsPaths: string[] = [...docsPagePaths];
    // Past the fixed set only, so a corpus without extra pages draws the same numbers as before.
    for (let index = fixedDocsPages; index < this.docsCount; index++) {
      const folder = docsSidebarFolders[index % docsSidebarFolders.length] as string;
      docsPaths.push(`${folder}/${slugWords(`${this.random.pick(adjectives)} ${this.random.pick(nouns)}`)}-${index + 1}`);
    }
    for (const path of docsPaths) {
      const words = path.split('/').at(-1) ?? path;
      const title = path === 'index' ? 'Pressroom' : capitalize(words.replaceAll('-', ' '));
      this.docs.push({
        site: 'docs',
        // The blog publishes only Markdown; a real docs site has MDX pages with components.
        file: `content/docs/${path}.${this.profile === 'real' && path !== 'index' ? 'mdx' : 'md'}`,
        route: path === 'index' ? '/' : `/${path}/`,
        title,
        headings: this.planHeadings(4, true),
      });
    }
    this.pages.push(...this.posts, ...this.docs);
  }

  /** Sections (h2) with some h3 and h4 below them; slugs as github-slugger makes them per file. */
  planHeadings(sections: number, withDuplicate: boolean): Heading[] {
    const random = this.random;
    const slugger = new GithubSlugger();
    const headings: Heading[] = [];
    const add = (depth: number, text: string) => headings.push({ depth, text, slug: slugger.slug(text) });
    const tricky = random.sample(trickyHeadings, 2);
    for (let section = 0; section < sections; section++) {
      if (section < tricky.length && random.chance(0.5)) add(2, tricky[section] as string);
      else add(2, capitalize(`${random.pick(adjectives)} ${random.pick(nouns)} ${random.pick(prepositions)} the ${random.pick(nouns)}`));
      let subsection = true;
      if (withDuplicate && section < 2) add(3, 'Example');
      else if (random.chance(0.5)) add(3, capitalize(`${random.pick(verbs)[1]} the ${random.pick(nouns)}`));
      else subsection = false;
      // Headings go down one level at a time, as the style rules ask.
      if (subsection && random.chance(0.3)) add(4, capitalize(`${random.pick(adjectives)} ${random.pick(nouns)}`));
    }
    return headings;
  }

  sentence(misspell: boolean): Token[] {
    const random = this.random;
    const [verbBase, verbThird] = random.pick(verbs);
    const words: string[] = [];
    switch (random.int(0, 3)) {
      case 0:
        words.push('The', random.pick(adjectives), random.pick(nouns), verbThird, 'the', random.pick(nouns), random.pick(prepositions), 'the', random.pick(adjectives), random.pick(nouns));
        break;
      case 1:
        words.push(`${random.pick(openers)},`, 'we', verbBase, 'every', random.pick(nouns), random.pick(adverbs), random.pick(conjunctions), 'the', random.pick(nouns), random.pick(verbs)[1], 'a', random.pick(adjectives), random.pick(nouns));
        break;
      case 2:
        words.push('A', random.pick(nouns), 'that', verbThird, 'the', random.pick(nouns), random.pick(adverbs), 'is', random.pick(adjectives), random.pick(conjunctions), random.pick(adjectives));
        break;
      default:
        words.push('Each', random.pick(nouns), random.pick(adverbs), verbThird, 'its', random.pick(adjectives), random.pick(nouns), random.pick(prepositions), 'the', random.pick(nouns), 'and', 'the', random.pick(nouns));
    }
    if (random.chance(0.15)) words.splice(words.length - 1, 0, `\`${random.pick(nouns)}.${random.pick(verbs)[0]}()\``);
    words[words.length - 1] += '.';
    for (let index = 0; index < words.length - 1; index++) {
      if (/^[Aa]$/.test(words[index] ?? '') && /^[aeiou]/.test(words[index + 1] ?? '')) words[index] += 'n';
    }
    const tokens: Token[] = words.map((text) => ({ text }));
    if (misspell) {
      // Never the first word (capitalised) nor the last (carries the full stop), nor inline code.
      const candidates = tokens
        .map((_, index) => index)
        .filter((index) => index > 1 && index < tokens.length - 1 && replaceable.has(tokens[index]?.text ?? ''));
      const index = random.pick(candidates);
      const word = this.misspelling();
      if (word) tokens[index] = { text: word, defect: { kind: 'misspelling', text: word } };
    }
    return tokens;
  }

  linkText(): string {
    const random = this.random;
    return `the ${random.pick(adjectives)} ${random.pick(nouns)}`;
  }

  /** A link from `from` to some page; broken with the given probability, in a known way. */
  link(from: Page, broken: boolean): Token {
    const random = this.random;
    const text = this.linkText();
    const other = (pages: Page[]) => {
      for (;;) {
        const page = random.pick(pages);
        if (page !== from || pages.length === 1) return page;
      }
    };
    const anchorOf = (page: Page) => random.pick(page.headings).slug;
    const relativeFile = (target: Page) => {
      const fromDir = from.file.split('/').slice(0, -1);
      const toParts = target.file.split('/');
      let common = 0;
      while (common < fromDir.length && fromDir[common] === toParts[common]) common++;
      const up = fromDir.length - common;
      return `${up === 0 ? './' : '../'.repeat(up)}${toParts.slice(common).join('/')}`;
    };
    const sameSite = from.site === 'blog' ? this.posts : this.docs;
    const token = (url: string, defect?: { kind: DefectKind; form: LinkForm }): Token => {
      const written = `[${text}](${url})`;
      return defect ? { text: written, defect: { kind: defect.kind, text: written, url, form: defect.form } } : { text: written };
    };
    const roll = random.next();
    if (broken) {
      const target = other(sameSite);
      const missingSlug = `${target.file.split('/').at(-1)?.replace(/\.mdx?$/, '')}-draft`;
      const missingAnchor = `${anchorOf(target)}-old`;
      if (roll < 0.25) return token(relativeFile(target).replace(/(\.mdx?)$/, '-draft$1'), { kind: 'broken-file', form: 'relative' });
      if (roll < 0.5) return token(`${relativeFile(target)}#${missingAnchor}`, { kind: 'broken-anchor', form: 'relative' });
      if (roll < 0.65) return token(`#${anchorOf(from)}-old`, { kind: 'broken-anchor', form: 'same-file' });
      if (from.site === 'blog') {
        if (roll < 0.8) return token(`/posts/${missingSlug}/`, { kind: 'broken-file', form: 'site-root' });
        return token(`${target.route}#${missingAnchor}`, { kind: 'broken-anchor', form: 'site-root' });
      }
      if (roll < 0.8) return token(`${target.route}draft-notes/`, { kind: 'broken-file', form: 'site-root' });
      return token(`${target.route}#${missingAnchor}`, { kind: 'broken-anchor', form: 'site-root' });
    }
    const withAnchor = (url: string, page: Page, probability: number) => (random.chance(probability) ? `${url}#${anchorOf(page)}` : url);
    if (roll < 0.1) return token(`#${anchorOf(from)}`);
    if (roll < 0.4) {
      const target = other(sameSite);
      return token(withAnchor(relativeFile(target), target, 0.45));
    }
    if (roll < 0.65) {
      const target = other(sameSite);
      return token(withAnchor(target.route, target, 0.45));
    }
    if (roll < 0.8) {
      const target = other(from.site === 'blog' ? this.docs : this.posts);
      return token(withAnchor(relativeFile(target), target, 0.45));
    }
    const target = other(from.site === 'blog' ? this.docs : this.posts);
    return token(withAnchor(`${target.site === 'blog' ? blogUrl : docsUrl}${target.route}`, target, 0.4));
  }

  paragraphTokens(page: Page, sentences: number): Token[] {
    const random = this.random;
    const tokens: Token[] = [];
    const linkAfter = random.chance(0.55) ? random.int(0, sentences - 1) : -1;
    for (let index = 0; index < sentences; index++) {
      const sentence = this.sentence(random.chance(0.025));
      if (index === linkAfter) {
        const last = sentence.at(-1) as Token;
        last.text = last.text.replace(/\.$/, '');
        const link = this.link(page, random.chance(0.06));
        sentence.push({ text: '(see' }, { ...link, text: `${link.text}).` });
      }
      tokens.push(...sentence);
    }
    return tokens;
  }

  codeBlock(writer: Writer): void {
    const random = this.random;
    const language = random.pick(codeLanguages);
    const noun = random.pick(nouns);
    const verb = random.pick(verbs)[0];
    const other = random.pick(nouns);
    const body: Record<(typeof codeLanguages)[number], string[]> = {
      ts: [`export function ${verb}${capitalize(noun)}(${other}: string): number {`, `  return ${other}.length;`, '}'],
      js: [`const ${noun} = await ${verb}(${JSON.stringify(other)});`, `console.log(${noun});`],
      bash: [`pnpm ${verb} --${noun} ${other}`, `echo "${other} done"`],
      json: ['{', `  "${noun}": "${other}",`, `  "retries": ${random.int(1, 9)}`, '}'],
      yaml: [`${noun}:`, `  ${other}: ${random.int(1, 99)}`, `  enabled: true`],
      python: [`def ${verb}_${noun}(${other}):`, `    return len(${other})`],
      go: [`func ${capitalize(verb)}(${other} string) int {`, `\treturn len(${other})`, '}'],
      sql: [`select ${noun}, count(*) from ${other}`, `group by ${noun};`],
    };
    writer.line(`\`\`\`${language}`);
    for (const line of body[language]) writer.line(line);
    writer.line('```');
  }

  table(writer: Writer): void {
    const random = this.random;
    writer.line('| Setting | Default | Meaning |');
    writer.line('| --- | --- | --- |');
    for (let row = 0; row < random.int(2, 4); row++) {
      writer.line(`| \`${random.pick(nouns)}\` | ${random.int(1, 100)} | The ${random.pick(adjectives)} ${random.pick(nouns)} ${random.pick(prepositions)} the ${random.pick(nouns)} |`);
    }
  }

  list(writer: Writer, page: Page): void {
    const random = this.random;
    const ordered = random.chance(0.3);
    const items = random.int(3, 5);
    for (let item = 0; item < items; item++) {
      const marker = ordered ? `${item + 1}. ` : '- ';
      const tokens = this.sentence(random.chance(0.02));
      if (random.chance(0.15)) {
        const link = this.link(page, random.chance(0.06));
        tokens.push({ text: 'See' }, { ...link, text: `${link.text}.` });
      }
      writer.paragraph(tokens, marker);
      if (!ordered && random.chance(0.1)) writer.paragraph(this.sentence(false), '  - ');
    }
  }

  frontmatter(writer: Writer, page: Page, index: number): void {
    const random = this.random;
    writer.line('---');
    if (page.site === 'blog') {
      const date = new Date(Date.UTC(2019, 0, 1) + random.int(0, 6 * 365) * 86_400_000);
      const day = date.toISOString().slice(0, 10);
      writer.line(`author: ${random.pick(authors)}`);
      writer.line(`pubDatetime: ${day}`);
      if (random.chance(0.2)) writer.line(`modDatetime: ${new Date(date.getTime() + random.int(1, 90) * 86_400_000).toISOString().slice(0, 10)}`);
      writer.line(`title: ${page.title}`);
      if (index % 50 === 0) writer.line('featured: true');
      writer.line('draft: false');
      writer.line('tags:');
      for (const tag of random.sample(tags, random.int(1, 3))) writer.line(`  - ${tag}`);
      writer.line(`description: Notes on the ${page.title.toLowerCase().replace(/, part \d+$/, '')}, what it is for and how to keep it ${random.pick(adjectives)}.`);
    } else {
      writer.line(`title: ${page.title}`);
      writer.line(`description: How the ${page.title.toLowerCase()} of Pressroom works, with examples.`);
    }
    writer.line('---');
  }

  render(page: Page, index: number): Writer {
    const random = this.random;
    const writer = new Writer(page.file);
    this.frontmatter(writer, page, index);
    writer.line();
    for (let paragraph = 0; paragraph < 2; paragraph++) {
      writer.paragraph(this.paragraphTokens(page, random.int(3, 5)));
      writer.line();
    }
    const withImage = page.site === 'blog' && random.chance(0.25);
    const withTable = random.chance(0.3);
    const sections = page.headings.filter((heading) => heading.depth === 2).length;
    let section = -1;
    for (const heading of page.headings) {
      if (heading.depth === 2) section++;
      writer.line(`${'#'.repeat(heading.depth)} ${heading.text}`);
      writer.line();
      const paragraphs = heading.depth === 2 ? random.int(2, 3) : 1;
      for (let paragraph = 0; paragraph < paragraphs; paragraph++) {
        writer.paragraph(this.paragraphTokens(page, random.int(3, 6)));
        writer.line();
      }
      if (heading.depth !== 2) continue;
      if (random.chance(0.5)) {
        this.list(writer, page);
        writer.line();
      }
      if (random.chance(0.6)) {
        this.codeBlock(writer);
        writer.line();
      }
      if (withTable && section === 1) {
        this.table(writer);
        writer.line();
      }
      if (withImage && section === sections - 1) {
        writer.line(`![A ${random.pick(adjectives)} diagram of the ${random.pick(nouns)}](./images/diagram-${random.int(1, 3)}.png)`);
        writer.line();
      }
    }
    writer.lines.pop();
    return writer;
  }
}

/** A small valid PNG, so asset links resolve and the sites can process the image. */
function png(red: number, green: number, blue: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(typed));
    return Buffer.concat([length, typed, crc]);
  };
  const size = 16;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: size }, () => [red, green, blue]).flat())]);
  const pixels = Buffer.concat(Array.from({ length: size }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const cspellConfigNames = ['cspell.config.yaml', 'cspell.config.yml', 'cspell.json', '.cspell.json', 'cspell.config.json'];

/** The repository's cspell configuration if there is one, so both the peer and Pressroom read the same dictionaries. */
function writeCspellConfig(outDir: string): void {
  for (const name of cspellConfigNames) {
    const source = join(repoRoot, name);
    if (existsSync(source)) {
      copyFileSync(source, join(outDir, name));
      // Word lists the configuration points at travel with it, at the same relative path.
      const config = (name.endsWith('.json') ? JSON.parse(readFileSync(source, 'utf8')) : parseYaml(readFileSync(source, 'utf8'))) as {
        dictionaryDefinitions?: { path?: string }[];
      };
      for (const definition of config.dictionaryDefinitions ?? []) {
        if (!definition.path || isAbsolute(definition.path) || !existsSync(join(repoRoot, definition.path))) continue;
        mkdirSync(dirname(join(outDir, definition.path)), { recursive: true });
        copyFileSync(join(repoRoot, definition.path), join(outDir, definition.path));
      }
      return;
    }
  }
  writeFileSync(
    join(outDir, 'cspell.config.yaml'),
    [
      "version: '0.2'",
      'language: en',
      'dictionaries: [en_US, en-gb, softwareTerms, companies, misc]',
      'words: [Pressroom, pnpm]',
      'ignorePaths: [node_modules, .git, manifest.json, "*.png"]',
      '',
    ].join('\n'),
  );
}

function writeToolConfigs(outDir: string): void {
  const repoConfig = JSON.parse(readFileSync(join(repoRoot, 'pressroom.config.json'), 'utf8')) as {
    $schema?: string;
    sites: Record<'blog' | 'docs', { contentDir: string }>;
  };
  delete repoConfig.$schema;
  repoConfig.sites.blog.contentDir = 'content/blog';
  repoConfig.sites.docs.contentDir = 'content/docs';
  writeFileSync(join(outDir, 'pressroom.config.json'), `${JSON.stringify(repoConfig, null, 2)}\n`);
  writeCspellConfig(outDir);
  // The corpus has no node_modules of its own: remark-cli gets the plugins by absolute path.
  const require = createRequire(import.meta.url);
  const plugin = (name: string) => JSON.stringify(require.resolve(name));
  const remarkrc = (extra: string) =>
    [
      `import frontmatter from ${plugin('remark-frontmatter')};`,
      `import gfm from ${plugin('remark-gfm')};`,
      extra,
      '',
    ].join('\n');
  writeFileSync(
    join(outDir, '.remarkrc.mjs'),
    remarkrc(`import recommended from ${plugin('remark-preset-lint-recommended')};\nexport default { plugins: [frontmatter, gfm, recommended] };`),
  );
  writeFileSync(
    join(outDir, 'remarkrc.links.mjs'),
    remarkrc(`import validateLinks from ${plugin('remark-validate-links')};\n// No git remote in the corpus: only local files and headings count.\nexport default { plugins: [frontmatter, gfm, [validateLinks, { repository: false }]] };`),
  );
  writeFileSync(
    join(outDir, 'markdown-link-check.json'),
    `${JSON.stringify({ ignorePatterns: [{ pattern: '^https?://' }, { pattern: '^mailto:' }], timeout: '1s', retryOn429: false, aliveStatusCodes: [200] }, null, 2)}\n`,
  );
}

export function generateCorpus(options: CorpusOptions): Manifest {
  const seed = options.seed ?? 'pressroom';
  const outDir = resolve(options.outDir);
  rmSync(join(outDir, 'content'), { recursive: true, force: true });
  mkdirSync(join(outDir, 'content/blog/images'), { recursive: true });
  const profile = options.profile ?? 'generated';
  // The generated profile keeps the seed it always had, so its corpus stays byte for byte the same.
  const docsPages = options.docsPages ?? fixedDocsPages;
  if (!Number.isInteger(docsPages) || docsPages < fixedDocsPages) {
    throw new Error(`docsPages: expected a whole number of at least ${fixedDocsPages} (the fixed docs pages), got ${docsPages}`);
  }
  const generator = new Generator(new Random(profile === 'generated' ? `${seed}:${options.posts}` : `${seed}:${profile}:${options.posts}`), options.posts, profile, docsPages);
  generator.plan();
  const real = profile === 'real' ? new RealContent(generator) : undefined;
  const manifest: Manifest = {
    seed,
    profile,
    posts: options.posts,
    docsPages: generator.docs.length,
    files: generator.pages.length,
    bytes: 0,
    words: 0,
    internalLinks: 0,
    anchoredLinks: 0,
    defects: [],
  };
  const colours: [number, number, number][] = [
    [200, 60, 40],
    [40, 120, 200],
    [60, 160, 80],
  ];
  colours.forEach(([red, green, blue], index) => writeFileSync(join(outDir, `content/blog/images/diagram-${index + 1}.png`), png(red, green, blue)));
  generator.pages.forEach((page, index) => {
    const writer = real ? real.render(page, index) : generator.render(page, index);
    const text = writer.toString();
    mkdirSync(dirname(join(outDir, page.file)), { recursive: true });
    writeFileSync(join(outDir, page.file), text);
    manifest.bytes += Buffer.byteLength(text);
    manifest.words += writer.words;
    const links = text.match(/\]\((?!https?:)[^)]+\)/g) ?? [];
    const external = text.match(/\]\(https:\/\/(?:blog|docs)\.pressroom\.example[^)]*\)/g) ?? [];
    manifest.internalLinks += links.length + external.length;
    manifest.anchoredLinks += [...links, ...external].filter((link) => link.includes('#')).length;
    manifest.defects.push(...writer.defects);
  });
  if (real) manifest.distinctNames = real.distinctNames;
  writeToolConfigs(outDir);
  writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
  return manifest;
}

export function defaultCorpusDir(posts: number, seed = 'pressroom', profile: CorpusProfile = 'generated'): string {
  return join(tmpdir(), `pressroom-bench-corpus-${profile === 'generated' ? '' : `${profile}-`}${seed}-${posts}`);
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      posts: { type: 'string', default: '2000' },
      seed: { type: 'string', default: 'pressroom' },
      profile: { type: 'string', default: 'generated' },
      out: { type: 'string' },
      'docs-pages': { type: 'string' },
    },
  });
  const profile = values.profile as CorpusProfile;
  if (!corpusProfiles.includes(profile)) {
    console.error(`--profile: expected one of ${corpusProfiles.join(', ')}, got ${JSON.stringify(values.profile)}`);
    process.exit(2);
  }
  const posts = Number(values.posts);
  if (!Number.isInteger(posts) || posts < 1) {
    console.error(`--posts: expected a positive integer, got ${JSON.stringify(values.posts)}`);
    process.exit(2);
  }
  const outDir = values.out ?? defaultCorpusDir(posts, values.seed, profile);
  const started = performance.now();
  const manifest = generateCorpus({ posts, seed: values.seed, outDir, profile, ...(values['docs-pages'] ? { docsPages: Number(values['docs-pages']) } : {}) });
  const counts = Object.groupBy(manifest.defects, (defect) => defect.kind);
  console.log(
    `${outDir}: ${manifest.files} files, ${(manifest.bytes / 1e6).toFixed(1)} MB, ${manifest.words} words, ` +
      `${manifest.internalLinks} internal links (${manifest.anchoredLinks} with #anchor); defects: ` +
      `${counts.misspelling?.length ?? 0} misspellings, ${counts['broken-file']?.length ?? 0} broken file links, ` +
      `${counts['broken-anchor']?.length ?? 0} broken anchors (${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
}
