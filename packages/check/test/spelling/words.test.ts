import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { afterAll, describe, expect, test } from 'vitest';
import { readRuleDocs } from '../../src/rules/docs.js';
import { rules } from '../../src/rules/index.js';
import { maskNotProse, wordsIn, type ProseRange, type WordOccurrence } from '../../src/spelling/words.js';
import { packageDir, repoRoot } from '../helpers/config.js';

// The tokenizer as it was before it was made faster: the plain regex form is the specification.
const referenceNotProse =
  /\b[a-z][\w+.-]*:\/\/\S+|\bwww\.\S+|[^\s@]+@[^\s@]+\.[^\s@]+|\S*\/\S*|\S*\w\.(?:com|org|net|io|dev|app|json|md|mdx|ts|js|mjs|yaml|yml|txt|html|css)\b\S*|&#?\w+;/gi;
const referenceWordPattern = /[\p{L}\p{M}](?:[\p{L}\p{M}\p{N}'’-]*[\p{L}\p{M}\p{N}])?/gu;

function referenceWordsIn(text: string, range: ProseRange, minLength: number): WordOccurrence[] {
  const slice = text.slice(range.start, range.end).replace(referenceNotProse, (match) => ' '.repeat(match.length));
  const words: WordOccurrence[] = [];
  for (const match of slice.matchAll(referenceWordPattern)) {
    const word = match[0];
    if (word.length < minLength || /\p{N}/u.test(word)) continue;
    const start = range.start + (match.index ?? 0);
    words.push({ word, start, end: start + word.length });
  }
  return words;
}

/** A small seeded generator, so the sub-ranges below are the same on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * The ranges a text is cut into: the whole text, every line (about what a text node is), and
 * seeded random spans that start and end anywhere, inside a word, a URL or a surrogate pair too.
 */
function rangesOf(text: string, seed: number): ProseRange[] {
  const ranges: ProseRange[] = [{ start: 0, end: text.length }];
  let offset = 0;
  for (const line of text.split('\n')) {
    ranges.push({ start: offset, end: offset + line.length });
    offset += line.length + 1;
  }
  const random = seededRandom(seed);
  for (let count = 0; count < 40 && text.length > 0; count += 1) {
    const start = Math.floor(random() * text.length);
    ranges.push({ start, end: Math.min(text.length, start + 1 + Math.floor(random() * 400)) });
  }
  return ranges;
}

/** Compares both tokenizers on every range of every text; returns how many words were compared. */
function expectSameWords(texts: { name: string; text: string }[]): number {
  let compared = 0;
  texts.forEach(({ name, text }, index) => {
    for (const range of rangesOf(text, index + 1)) {
      for (const minLength of [1, 4]) {
        const expected = referenceWordsIn(text, range, minLength);
        const actual = wordsIn(text, range, minLength);
        // Only build the long message when the lists differ: this runs on thousands of ranges.
        if (JSON.stringify(actual) !== JSON.stringify(expected)) {
          expect(actual, `${name} ${range.start}-${range.end} min ${minLength}: ${JSON.stringify(text.slice(range.start, range.end))}`).toEqual(expected);
        }
        compared += expected.length;
      }
    }
  });
  return compared;
}

function readTexts(cwd: string, patterns: string[]): { name: string; text: string }[] {
  return globSync(patterns, { cwd, ignore: ['**/node_modules/**'] })
    .sort()
    .map((name) => ({ name, text: readFileSync(join(cwd, name), 'utf8') }));
}

const edgeCases = [
  'Visit https://example.com/teh-path?q=1#frag, or http://x.io and ftp://files.example.org/pub now.',
  'www.example.com/mispeled and www.teh.org are hosts; so is docs.pressroom.dev but not "dev." alone.',
  'Mail alice@example.com, bob.smith+tag@mail.example.co.uk or @handle and a@b (not an address).',
  'Paths: src/rules/spelling.ts, ./relative/file, ../up, /absolute, C:\\Windows\\path and a/b.',
  'Files package.json, README.md, notes.txt, index.mdx, style.css, main.ts, and config.yaml.',
  "Contractions: don't, won’t, it's, rock'n'roll, 'quoted', ’curly’, trailing' and ’leading.",
  'Hyphens: real-time, state-of-the-art, -leading, trailing-, double--dash, a - b and e-mail.',
  'Digits: v2, 3D, abc123def, 1st, 2nd, covid-19, mp3s, h264 and x86-64.',
  'Accents: café, naïve, résumé, Zürich, façade, coöperate; combining: cafe\u0301 and e\u0301tude.',
  'CJK: 日本語のテキスト、中文文本 와 한국어 텍스트; Greek λόγος; Cyrillic слово; Arabic كلمة.',
  'Emoji: 🎉party 🚀launch👍done 👩‍💻coder and flags 🇫🇷; astral letters 𝒜𝒷𝒸 and 𠀀𠀁.',
  'Entities: &amp; &nbsp;word &#169; &#x2014; and Tom&amp;Jerry or &notanentity here.',
  'Dots: end of sentence. Mid.word, e.g. i.e. etc. ...ellipsis... and v1.2.3 or 3.14.',
  'Whitespace:\ttab\u00a0nbsp\u2003emspace\u3000ideographic\u2028line\ufeffbom\u200bzerowidth.',
  'Broken surrogates: \ud83d alone, \ude00 alone, a\ud83dz and \ud835\udc9c ok.',
  'Mixed: foo/bar.baz@qux.com&amp;, https://a.b/c.md;x www.x.y/z.',
  'Case: HTTP://EXAMPLE.COM/PATH and WWW.EXAMPLE.ORG and Mailto:X@Y.ZZ.',
  '',
  '   ',
  'x',
];

describe('wordsIn matches the plain regex tokenizer', () => {
  const corpusDir = mkdtempSync(join(tmpdir(), 'pressroom-spelling-words-'));
  afterAll(() => rmSync(corpusDir, { recursive: true, force: true }));

  test('hand-written edge cases: URLs, e-mails, paths, apostrophes, hyphens, digits, accents, CJK, emoji', () => {
    const compared = expectSameWords(edgeCases.map((text, index) => ({ name: `edge case ${index}`, text })));
    expect(compared).toBeGreaterThan(500);
    // The cases do what they say: spot-check the mask and the word rules on the plain form too.
    const words = (text: string) => wordsIn(text, { start: 0, end: text.length }, 1).map((occurrence) => occurrence.word);
    expect(words('see https://example.com/teh-path and alice@example.com now')).toEqual(['see', 'and', 'now']);
    expect(words("don't won’t trailing' x86 café 日本語 🎉party")).toEqual(["don't", 'won’t', 'trailing', 'café', '日本語', 'party']);
    expect(maskNotProse('a src/x.ts b')).toBe('a          b');
  });

  test('the seed post', () => {
    const seed = readTexts(join(repoRoot, 'fixtures/seed'), ['what-why-when-where-kafka.md']);
    expect(seed).toHaveLength(1);
    expect(expectSameWords(seed)).toBeGreaterThan(1000);
  });

  test('every file of content/', () => {
    const content = readTexts(join(repoRoot, 'content'), ['**/*']);
    expect(content.length).toBeGreaterThan(5);
    expect(expectSameWords(content)).toBeGreaterThan(1000);
  });

  test('the rule examples and the test fixtures', () => {
    const examples = readRuleDocs(packageDir, rules).flatMap((doc) =>
      doc.examples.filter((example) => example.label !== 'output').map((example) => ({ name: `${doc.id} ${example.name}`, text: example.body })),
    );
    const fixtures = readTexts(join(packageDir, 'test'), ['fixtures/**/*.{md,mdx,markdown}']);
    expect(examples.length).toBeGreaterThan(20);
    expect(fixtures.length).toBeGreaterThan(5);
    expect(expectSameWords([...examples, ...fixtures])).toBeGreaterThan(1000);
  });

  test('a generated corpus', () => {
    execFileSync(process.execPath, [join(repoRoot, 'bench/src/corpus.ts'), '--posts', '30', '--seed', 'spelling-words', '--out', corpusDir], { stdio: 'ignore' });
    const corpus = readTexts(corpusDir, ['content/**/*.md']);
    expect(corpus.length).toBeGreaterThan(30);
    expect(expectSameWords(corpus)).toBeGreaterThan(10_000);
  });
});
