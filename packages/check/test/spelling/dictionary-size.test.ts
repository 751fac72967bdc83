import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CompoundWordsMethod, createSpellingDictionaryCollection, getDictionary, type SpellingDictionaryCollection } from 'cspell-lib';
import * as cspell from 'cspell-lib';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { compileDictionaries, withCompiledDictionaries } from '../../src/spelling/compiled-dictionaries.js';
import { markdownSettings } from '../../src/spelling/dictionary.js';
import { sizeTrieDictionariesWithoutWalking } from '../../src/spelling/dictionary-size.js';
import { repoRoot } from '../helpers/config.js';

const scratch = mkdtempSync(join(tmpdir(), 'pressroom-dictionary-size-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Every word of the published posts and docs pages, and misspellings of some of them. */
function wordsToAsk(): { words: string[]; misspellings: string[] } {
  const words = new Set<string>();
  for (const dir of ['content/blog', 'content/docs']) {
    for (const entry of readdirSync(join(repoRoot, dir), { recursive: true, encoding: 'utf8' })) {
      if (!/\.mdx?$/.test(entry)) continue;
      for (const word of readFileSync(join(repoRoot, dir, entry), 'utf8').match(/\p{L}[\p{L}']*/gu) ?? []) words.add(word);
    }
  }
  const sorted = [...words].sort();
  // Each long word with two letters swapped, and with one dropped: mostly unknown, near known ones.
  const misspellings = sorted
    .filter((word) => word.length >= 6)
    .filter((_, index) => index % 20 === 0)
    .flatMap((word) => [word.slice(0, 2) + word[3] + word[2] + word.slice(4), word.slice(0, 3) + word.slice(4)]);
  return { words: [...sorted, 'recieve', 'seperate', 'definately', 'teh', 'Kafak'], misspellings };
}

let walked: SpellingDictionaryCollection;
let resized: SpellingDictionaryCollection;

beforeAll(async () => {
  const settings = await markdownSettings({ language: 'en' });
  await compileDictionaries(settings, scratch);
  // First as cspell orders them, walking each trie for its size; then as Pressroom loads them.
  walked = await getDictionary(withCompiledDictionaries(settings, scratch));
  expect(sizeTrieDictionariesWithoutWalking(cspell)).toBe(true);
  resized = createSpellingDictionaryCollection([...walked.dictionaries], 'resized');
});

test('a trie dictionary reports its trie node count as its size; others keep their own', () => {
  const tries = resized.dictionaries.filter((dictionary) => 'trie' in dictionary);
  expect(tries.length).toBeGreaterThan(5);
  for (const dictionary of tries) {
    expect(dictionary.size).toBe((dictionary as unknown as { trie: { size: number } }).trie.size);
  }
  const inline = cspell.createSpellingDictionary(['alpha', 'beta'], 'inline', 'test', {});
  expect(inline.size).toBe((inline as unknown as { trie: { size: number } }).trie.size);
  // Applying it again changes nothing.
  expect(sizeTrieDictionariesWithoutWalking(cspell)).toBe(true);
});

test('the other order gives every word the same verdict and the same suggestions', () => {
  const order = (collection: SpellingDictionaryCollection) => collection.dictionaries.map((dictionary) => dictionary.name);
  // Otherwise this test would compare a collection with itself.
  expect(order(resized)).not.toEqual(order(walked));
  expect([...order(resized)].sort()).toEqual([...order(walked)].sort());

  const { words, misspellings } = wordsToAsk();
  expect(words.length).toBeGreaterThan(500);
  const verdict = (collection: SpellingDictionaryCollection, word: string) =>
    `${collection.has(word, { ignoreCase: true })} ${collection.isForbidden(word)} ${collection.isNoSuggestWord(word, { ignoreCase: true })}`;
  expect(words.map((word) => verdict(resized, word))).toEqual(words.map((word) => verdict(walked, word)));

  const suggestions = (collection: SpellingDictionaryCollection, word: string) =>
    collection
      .suggest(word, { numSuggestions: 5, numChanges: 3, compoundMethod: CompoundWordsMethod.NONE, ignoreCase: false, timeout: Number.POSITIVE_INFINITY })
      .map((suggestion) => `${suggestion.word}:${suggestion.cost}`);
  const unknown = misspellings.filter((word) => !walked.has(word, { ignoreCase: true }));
  expect(unknown.length).toBeGreaterThan(30);
  const found = unknown.map((word) => suggestions(walked, word));
  expect(found.flat().length).toBeGreaterThan(unknown.length);
  expect(unknown.map((word) => suggestions(resized, word))).toEqual(found);
});
