import { join } from 'node:path';
import { CompoundWordsMethod, createSpellingDictionary, createSpellingDictionaryCollection, getDictionary, readSettings, type SpellingDictionary } from 'cspell-lib';
import { afterEach, describe, expect, test } from 'vitest';
import { loadDictionaries, markdownSettings } from '../../src/spelling/dictionary.js';
import { searchEachDictionaryVariable, withWordListsSearchedAsOne } from '../../src/spelling/word-lists-as-one.js';
import { repoRoot } from '../helpers/config.js';

const search = (numChanges: number) => ({ numSuggestions: 5, numChanges, compoundMethod: CompoundWordsMethod.NONE, ignoreCase: false, timeout: Number.POSITIVE_INFINITY });

const leaves = (dictionary: SpellingDictionary): SpellingDictionary[] => {
  const inner = (dictionary as { dictionaries?: SpellingDictionary[] }).dictionaries;
  return inner ? inner.flatMap(leaves) : [dictionary];
};

afterEach(() => {
  delete process.env[searchEachDictionaryVariable];
});

describe('word lists searched as one for suggestions', () => {
  test('give what searching each of cspell’s dictionaries gives, for typos, names and made-up words', async () => {
    const settings = await readSettings(join(repoRoot, 'cspell.config.yaml'));
    const joined = await (await loadDictionaries(settings)).suggestions();
    const each = await getDictionary(await markdownSettings(settings));
    const searchedAsOne = leaves(joined).filter((dictionary) => dictionary.name.endsWith('(searched as one)'));
    expect(searchedAsOne).toHaveLength(1);
    // The software terms, companies, file types and the project's own words, among others.
    expect(searchedAsOne[0]!.name.split(', ').length).toBeGreaterThan(5);
    expect(searchedAsOne[0]!.name).toContain('companies');
    const words = ['mistaek', 'throughtput', 'seperate', 'paramter', 'porimse', 'Kuberentes', 'Recieve', 'Kafak', 'Zorblax', 'zorblaxify', 'typscript', 'Postgress', 'githbu', 'javscript', 'dockerfiel', 'mircoservice', 'Gogle', 'Amazn', 'kubectll', 'uesEffect', 'vite5', 'astrojs'];
    for (const numChanges of [1, 2]) {
      const answers = (collection: SpellingDictionary) => words.map((word) => `${word}: ${JSON.stringify(collection.suggest(word, search(numChanges)))}`);
      expect(answers(joined)).toEqual(answers(each));
    }
    // Not vacuous: the joined lists themselves hold the best answer for some words.
    expect(joined.suggest('typscript', search(1))[0]?.word).toBe('typescript');
    // Lookups still come from each list.
    expect(joined.has('Kubernetes', { ignoreCase: false })).toBe(true);
  });

  test('never suggest a word one list forbids and another lists', async () => {
    const collection = createSpellingDictionaryCollection(
      [
        createSpellingDictionary(['colour', 'coloured', 'column'], 'british', 'test', {}),
        createSpellingDictionary(['!colour', 'color', 'colors'], 'house-style', 'test', {}),
        createSpellingDictionary(['collar', 'cooler', 'colony', 'common', 'commune', 'colonel', 'collect'], 'language', 'test', {}),
      ],
      'test',
    );
    const joined = await withWordListsSearchedAsOne(collection);
    expect(joined).not.toBe(collection);
    const suggested = (dictionary: SpellingDictionary) => dictionary.suggest('colourr', search(2)).map((suggestion) => suggestion.word);
    expect(suggested(joined)).toEqual(suggested(collection));
    expect(suggested(joined)).toContain('coloured');
    expect(suggested(joined)).not.toContain('colour');
    expect(joined.isForbidden('colour')).toBe(true);
  });

  test('leave the collection as it is when asked to search each dictionary', async () => {
    process.env[searchEachDictionaryVariable] = '1';
    const collection = createSpellingDictionaryCollection(
      [createSpellingDictionary(['alpha'], 'a', 'test', {}), createSpellingDictionary(['beta'], 'b', 'test', {}), createSpellingDictionary(['gamma', 'delta'], 'c', 'test', {})],
      'test',
    );
    expect(await withWordListsSearchedAsOne(collection)).toBe(collection);
  });

  test('leave the collection as it is when a list’s words cannot be read', async () => {
    const unreadable = createSpellingDictionary(['gamma', 'delta'], 'c', 'test', {});
    // A trie whose words cannot be listed, as a cspell-lib that changed its insides might give.
    const trie = (unreadable as unknown as { trie: { words(): Iterable<string> } }).trie;
    trie.words = () => {
      throw new Error('no words');
    };
    const collection = createSpellingDictionaryCollection(
      [createSpellingDictionary(['alpha', 'alphabet', 'alpine', 'almanac'], 'a', 'test', {}), createSpellingDictionary(['beta'], 'b', 'test', {}), unreadable],
      'test',
    );
    expect(await withWordListsSearchedAsOne(collection)).toBe(collection);
    expect(collection.suggest('alpah', search(2)).map((suggestion) => suggestion.word)).toContain('alpha');
  });
});
