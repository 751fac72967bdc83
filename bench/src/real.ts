/**
 * The `real` corpus profile: posts shaped like a project's changelog-heavy blog. Prose names
 * thousands of people and identifiers no dictionary knows (contributor names and handles,
 * camelCase, dotted and hyphenated identifiers, package names), release posts carry long
 * changelog lists and contributor tables, technical posts carry large code blocks, a few archive
 * posts pass 100 KB, and the docs pages are MDX. Names are drawn with a long tail, as in real
 * content: a few contributors appear everywhere, most appear once or twice.
 *
 * Planted misspellings stay within what spelling checkers report in a file (cspell's 200 problems
 * a file and 5 of one word): past that budget, names go into inline code, which no checker reads.
 */
import { Writer, type Generator, type Page, type Token } from './corpus.ts';
import { Random } from './random.ts';
import { adjectives, misspellings, nouns, prepositions, verbs } from './vocabulary.ts';

/** Syllables of made-up names: most of their combinations are in no dictionary. */
const syllables = [
  'ka', 'zu', 'vel', 'mor', 'thi', 'an', 'dre', 'osk', 'lin', 'ru', 'ta', 'sei', 'bo', 'vik', 'nen',
  'ja', 'qui', 'ex', 'yl', 'dor', 'fen', 'gri', 'hal', 'ist', 'jor', 'kel', 'lum', 'mir', 'nox', 'pav',
  'rok', 'sul', 'tev', 'ubi', 'var', 'wen', 'xan', 'yor', 'zel', 'bri', 'cas', 'dag', 'eko', 'fio',
] as const;
const verbsPast = ['Fix', 'Add', 'Remove', 'Document', 'Speed up', 'Deprecate', 'Rename', 'Restore', 'Harden', 'Simplify'] as const;
const codeLines = [
  (a: string, b: string) => `const ${a} = await ${b}.resolve({ retries: 3 });`,
  (a: string, b: string) => `if (!${a}) throw new Error(\`missing ${b}\`);`,
  (a: string, b: string) => `export function ${a}(${b}: Options): Result {`,
  (a: string, b: string) => `  return ${b}.map((item) => item.${a});`,
  (a: string, b: string) => `${a}.on('ready', () => ${b}.flush());`,
  (a: string, b: string) => `// ${a} keeps ${b} warm between runs`,
  (a: string, b: string) => `  ${a}: ${b}.length > 0 ? ${b}[0] : undefined,`,
  () => '}',
] as const;

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Per file: how many more findings may be written where checkers read, past which names go into code. */
const unknownBudgetPerFile = 170;

export class RealContent {
  readonly generator: Generator;
  readonly random: Random;
  readonly people: { name: string; handle: string }[] = [];
  readonly identifiers: string[] = [];
  readonly #written = new Set<string>();
  #version = 0;

  constructor(generator: Generator) {
    this.generator = generator;
    this.random = generator.random;
    // Names come from their own stream, so the pool does not depend on how the posts were drawn.
    const names = new Random(`names:${generator.postCount}`);
    const word = (min: number, max: number) => Array.from({ length: names.int(min, max) }, () => names.pick(syllables)).join('');
    const planted = new Set<string>(misspellings);
    const seen = new Set<string>();
    const fresh = (make: () => string) => {
      for (;;) {
        const made = make();
        if (!seen.has(made) && !planted.has(made.toLowerCase())) {
          seen.add(made);
          return made;
        }
      }
    };
    const pool = Math.max(50, generator.postCount * 2);
    for (let index = 0; index < pool; index++) {
      const name = fresh(() => `${capitalize(word(2, 3))} ${capitalize(word(2, 3))}`);
      const handle = fresh(() => (names.chance(0.4) ? `${word(2, 2)}-${word(1, 2)}` : `${word(2, 3)}${names.chance(0.3) ? names.int(1, 99) : ''}`));
      this.people.push({ name, handle });
      const noun = names.pick(nouns);
      const shape = names.int(0, 3);
      this.identifiers.push(
        fresh(() =>
          shape === 0
            ? `${word(2, 3)}${capitalize(noun)}`
            : shape === 1
              ? `${word(2, 2)}.${names.pick(verbs)[0]}${capitalize(noun)}`
              : shape === 2
                ? `${word(2, 3)}-${noun}-${names.pick(['adapter', 'plugin', 'loader', 'client'])}`
                : `@${word(2, 2)}/${word(2, 3)}-core`,
        ),
      );
    }
  }

  /** Distinct names and identifiers written where spelling checkers read them. */
  get distinctNames(): number {
    return this.#written.size;
  }

  /** Long-tailed: a few entries come up everywhere, most seldom. */
  #draw<T>(pool: readonly T[]): T {
    return pool[Math.floor(pool.length * this.random.next() ** 2.2)] as T;
  }

  /** A name as prose, or as inline code once the file's budget of findings is spent. */
  #name(text: string, trailing = ''): Token {
    const limits = this.generator.limits;
    if (limits && limits.unknownBudget > 0) {
      limits.unknownBudget -= Math.max(1, text.split(/[-./]/).length - 1);
      this.#written.add(text);
      return { text: `${text}${trailing}` };
    }
    return { text: `\`${text}\`${trailing}` };
  }

  #person(trailing = ''): Token[] {
    const person = this.#draw(this.people);
    if (this.random.chance(0.5)) return [this.#name(`@${person.handle}`, trailing)];
    const [first = '', last = ''] = person.name.split(' ');
    return [this.#name(first), this.#name(last, trailing)];
  }

  #identifier(trailing = ''): Token {
    return this.#name(this.#draw(this.identifiers), trailing);
  }

  /** A noun, or a planted misspelling in its place. */
  #noun(misspell: boolean): Token {
    const word = misspell ? this.generator.misspelling() : undefined;
    return word ? { text: word, defect: { kind: 'misspelling', text: word } } : { text: this.random.pick(nouns) };
  }

  /** A paragraph of the generated prose with names and identifiers woven in. */
  #paragraph(writer: Writer, page: Page, sentences: number): void {
    const random = this.random;
    const tokens = this.generator.paragraphTokens(page, sentences);
    tokens.push({ text: 'The' }, this.#identifier(), { text: 'option' }, { text: random.pick(verbs)[1] }, { text: 'the' }, { text: random.pick(adjectives) }, this.#noun(random.chance(0.03)), { text: 'now.' });
    if (random.chance(0.7)) tokens.push({ text: 'Thanks' }, { text: 'to' }, ...this.#person(','), ...this.#person(''), { text: 'and' }, ...this.#person('.'));
    writer.paragraph(tokens);
    writer.line();
  }

  /** A changelog: one line per change, each naming what changed and who changed it. */
  #changelog(writer: Writer, items: number): void {
    const random = this.random;
    for (let item = 0; item < items; item++) {
      const tokens: Token[] = [
        { text: random.pick(verbsPast) },
        { text: 'the' },
        { text: random.pick(adjectives) },
        this.#noun(random.chance(0.03)),
        { text: random.pick(prepositions) },
        this.#identifier(),
        { text: 'when' },
        { text: 'the' },
        { text: random.pick(nouns) },
        { text: random.pick(verbs)[1] },
        { text: `(#${random.int(100, 9999)},` },
        ...this.#person(').'),
      ];
      writer.paragraph(tokens, '- ');
    }
    writer.line();
  }

  #contributorTable(writer: Writer, rows: number): void {
    const random = this.random;
    writer.line('| Contributor | Handle | Commits | Area |');
    writer.line('| --- | --- | ---: | --- |');
    for (let row = 0; row < rows; row++) {
      const person = this.#draw(this.people);
      const [first = '', last = ''] = person.name.split(' ');
      const cells = [`${this.#name(first).text} ${this.#name(last).text}`, this.#name(`@${person.handle}`).text, String(random.int(1, 400)), this.#identifier().text];
      writer.line(`| ${cells.join(' | ')} |`);
    }
    writer.line();
  }

  #versionTable(writer: Writer, rows: number): void {
    const random = this.random;
    writer.line('| Package | Before | After |');
    writer.line('| --- | --- | --- |');
    for (let row = 0; row < rows; row++) {
      const major = random.int(0, 9);
      writer.line(`| \`${this.#draw(this.identifiers)}\` | ${major}.${random.int(0, 20)}.${random.int(0, 9)} | ${major + 1}.0.0 |`);
    }
    writer.line();
  }

  #codeBlock(writer: Writer, lines: number): void {
    const random = this.random;
    writer.line(`\`\`\`${random.pick(['ts', 'js', 'go', 'python'])}`);
    for (let line = 0; line < lines; line++) {
      const identifier = this.#draw(this.identifiers).replace(/[^A-Za-z0-9]/g, '_');
      writer.line(random.pick(codeLines)(identifier, random.pick(nouns)));
    }
    writer.line('```');
    writer.line();
  }

  #release(writer: Writer, items: number): void {
    this.#version += 1;
    writer.line(`## Changes in ${Math.floor(this.#version / 10) + 1}.${this.#version % 10}.0`);
    writer.line();
    this.#changelog(writer, items);
  }

  render(page: Page, index: number): Writer {
    const generator = this.generator;
    const random = this.random;
    const writer = new Writer(page.file);
    generator.frontmatter(writer, page, index);
    generator.limits = { unknownBudget: unknownBudgetPerFile, planted: new Map() };
    writer.line();
    const mdx = page.file.endsWith('.mdx');
    this.#paragraph(writer, page, random.int(3, 5));
    const release = random.chance(0.5);
    for (const heading of page.headings) {
      writer.line(`${'#'.repeat(heading.depth)} ${heading.text}`);
      writer.line();
      this.#paragraph(writer, page, random.int(2, 4));
      if (heading.depth !== 2) continue;
      if (mdx && random.chance(0.6)) {
        writer.line('<aside class="tip">');
        writer.line();
        this.#paragraph(writer, page, 2);
        writer.line('</aside>');
        writer.line();
      }
      if (!release && random.chance(0.25)) this.#codeBlock(writer, random.int(30, 100));
    }
    if (release) {
      this.#release(writer, random.int(15, 40));
      if (random.chance(0.4)) this.#versionTable(writer, random.int(5, 20));
      writer.line('## Contributors');
      writer.line();
      this.#contributorTable(writer, random.int(5, 20));
    }
    // The archive posts: every earlier release of a package on one page.
    if (page.site === 'blog' && index % 100 === 37) {
      const target = 110_000 + random.int(0, 60_000);
      let size = writer.lines.reduce((sum, line) => sum + line.length + 1, 0);
      while (size < target) {
        const before = writer.lines.length;
        this.#release(writer, random.int(40, 90));
        if (random.chance(0.3)) this.#codeBlock(writer, random.int(20, 60));
        for (const line of writer.lines.slice(before)) size += line.length + 1;
      }
    }
    writer.lines.pop();
    generator.limits = undefined;
    return writer;
  }
}
