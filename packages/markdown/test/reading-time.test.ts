import { readFile } from 'node:fs/promises';
import readingTime from 'reading-time';
import { describe, expect, test } from 'vitest';
import { countWords } from '../src/remark-reading-time.js';
import { fixture, render } from './render.js';

const plugin = 'reading-time';

describe('remarkReadingTime', () => {
  test.each([
    ['short', 1],
    ['450-words', 3],
  ])('%s takes %i minute(s), stored in the frontmatter data', async (name, minutes) => {
    const { metadata } = await render(await readFile(fixture(plugin, name), 'utf8'));
    expect(metadata.frontmatter).toEqual({ readingTimeMinutes: minutes });
  });

  test('reads faster at a higher speed and under a chosen key', async () => {
    const { metadata } = await render(await readFile(fixture(plugin, '450-words'), 'utf8'), {
      readingTime: { wordsPerMinute: 450, field: 'minutesRead' },
    });
    expect(metadata.frontmatter).toEqual({ minutesRead: 1 });
  });

  test('changes nothing in the HTML', async () => {
    const markdown = await readFile(fixture(plugin, 'short'), 'utf8');
    expect((await render(markdown)).code).toBe((await render(markdown, { readingTime: false })).code);
  });
});

describe('countWords', () => {
  test.each([
    ['', 0],
    ['  \n\t ', 0],
    ['one', 1],
    [' two  words\n', 2],
    ['dotted.name and hyphen-ated', 3],
    // Katakana is not counted a character at a time.
    ['日本語のテキスト', 5],
    ['日本。 語、！end', 4],
    ['한국어 text', 4],
    ['emoji 😀 here', 3],
  ])('counts %j as %i words, as reading-time does', (text, words) => {
    expect(countWords(text)).toBe(words);
    expect(readingTime(text).words).toBe(words);
  });

  // Seeded strings over every class of character the count tells apart: bounds, punctuation,
  // CJK and the punctuation eaten after it, other letters, lone and paired surrogates.
  test('agrees with reading-time on many mixed strings', () => {
    const alphabet = ['a', 'Z', ' ', '\n', '\r', '\t', '.', ',', '!', '~', '日', '本', 'ひ', '한', '。', '、', '！', '（', '\u00a0', '😀', '\ud83d', 'é'];
    let seed = 23;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const disagreements: string[] = [];
    for (let run = 0; run < 20_000; run++) {
      let text = '';
      for (let length = Math.floor(next() * 16); length > 0; length--) text += alphabet[Math.floor(next() * alphabet.length)];
      if (countWords(text) !== readingTime(text).words) disagreements.push(text);
    }
    expect(disagreements).toEqual([]);
  });
});
