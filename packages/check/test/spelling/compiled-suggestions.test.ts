import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CompoundWordsMethod, type CSpellUserSettings, type SpellingDictionaryCollection } from 'cspell-lib';
import { afterAll, describe, expect, test } from 'vitest';
import { compiledSuggestionLists, compileSuggestionLists } from '../../src/spelling/compiled-suggestions.js';
import { loadDictionaries, markdownSettings, suggestionChangeSteps } from '../../src/spelling/dictionary.js';
import { packageDir } from '../helpers/config.js';

const scratch = mkdtempSync(join(tmpdir(), 'pressroom-compiled-suggestions-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const english: CSpellUserSettings = { language: 'en' };

/** What the spell checker shows for `word`: the first step of its widening search that finds something. */
function shown(collection: SpellingDictionaryCollection, word: string): string {
  for (const numChanges of suggestionChangeSteps) {
    const found = collection.suggest(word, { numSuggestions: 5, numChanges, compoundMethod: CompoundWordsMethod.NONE, ignoreCase: false, timeout: Number.POSITIVE_INFINITY });
    if (found.length > 0) return `${word}: ${found.map((suggestion) => `${suggestion.word}${suggestion.isPreferred ? '*' : ''} ${suggestion.cost}`).join(', ')}`;
  }
  return `${word}: -`;
}

function definitionNamed(settings: CSpellUserSettings, name: string): { suggestWords: string[] } {
  const definition = settings.dictionaryDefinitions?.find((candidate) => candidate.name === name) as { suggestWords?: string[] } | undefined;
  if (!definition?.suggestWords) throw new Error(`no suggestion list named ${name}`);
  return { suggestWords: definition.suggestWords };
}

describe('compiled suggestion lists', () => {
  test('give the suggestions cspell gives from the lists it parses', async () => {
    const compiledDir = join(scratch, 'english');
    const settings = await markdownSettings(english);
    expect(await compileSuggestionLists(settings, compiledDir)).toEqual(['en-common-misspellings', 'software-term-suggestions']);

    const parsedByCspell = await (await loadDictionaries(english, join(scratch, 'nothing-compiled'))).suggestions();
    const fromTables = await (await loadDictionaries(english, compiledDir)).suggestions();
    // Without this the comparison could be between two collections cspell built the same way.
    expect(parsedByCspell.name).not.toBe('suggestions');
    expect(fromTables.name).toBe('suggestions');

    // Misspellings the lists know (in three casings), typos they do not, and words.
    const entries = definitionNamed(settings, 'en-common-misspellings').suggestWords;
    const listed = entries.filter((_, index) => index % 450 === 0).map((entry) => entry.split(/->|:/)[0]!.trim());
    const words = [
      ...listed,
      ...listed.map((word) => word.toUpperCase()),
      ...listed.map((word) => word[0]!.toUpperCase() + word.slice(1)),
      ...definitionNamed(settings, 'software-term-suggestions').suggestWords.slice(0, 20).map((entry) => entry.split(/->|:/)[0]!.trim()),
      ...['wrod', 'Kafak', 'recieve', 'teh', 'adress', 'seperate', 'accomodate', 'zorblax', 'javascirpt', 'Typescript', 'github', 'realy'],
      ...['the', 'Receive', 'JavaScript'],
    ];
    expect(words.length).toBeGreaterThan(600);
    const expected = words.map((word) => shown(parsedByCspell, word));
    // The comparison means something only if the lists' own suggestions are in it.
    expect(expected.filter((line) => line.includes('*')).length).toBeGreaterThan(500);
    expect(words.map((word) => shown(fromTables, word))).toEqual(expected);
  });

  test('a list edited after it was compiled is parsed by cspell, not answered from the stale table', async () => {
    const compiledDir = join(scratch, 'edited');
    const settings = await markdownSettings(english);
    await compileSuggestionLists(settings, compiledDir);
    expect(compiledSuggestionLists(settings, compiledDir)?.map((list) => list.name)).toEqual(['en-common-misspellings-suggest', 'software-term-suggestions-suggest']);

    const edited: CSpellUserSettings = {
      ...settings,
      dictionaryDefinitions: settings.dictionaryDefinitions?.map((definition) =>
        definition.name === 'en-common-misspellings' ? { ...definition, suggestWords: [...definitionNamed(settings, definition.name).suggestWords, 'zorblax->zebra'] } : definition,
      ),
    };
    expect(compiledSuggestionLists(edited, compiledDir)).toBeUndefined();
  });

  test('the build ships the English suggestion lists compiled for the installed cspell', async () => {
    const shipped = fileURLToPath(new URL('dist/dictionaries/', `file://${packageDir}/`));
    const lists = compiledSuggestionLists(await markdownSettings(english), shipped);
    expect(lists?.map((list) => list.name)).toEqual(['en-common-misspellings-suggest', 'software-term-suggestions-suggest']);
    const table = lists![0]!;
    expect(table.size).toBeGreaterThan(80_000);
    expect(table.suggest('recieve').map((suggestion) => suggestion.word)).toEqual(['receive']);
    // Each list is read from a table the build wrote there.
    const written = readdirSync(shipped).filter((name) => name.endsWith('.suggestions.json'));
    for (const list of lists!) expect(written).toContain(basename(list.source));
  });
});
