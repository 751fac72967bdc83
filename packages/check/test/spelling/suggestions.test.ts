import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSpellingDictionary, readSettings } from 'cspell-lib';
import { globSync } from 'tinyglobby';
import { describe, expect, test } from 'vitest';
import { loadDictionaries, loadSpellChecker, suggestionBaseCost } from '../../src/spelling/dictionary.js';
import { spellingTokens } from '../../src/spelling/tokens.js';
import { packageDir, repoRoot } from '../helpers/config.js';

const fixtureRoot = join(packageDir, 'test/fixtures/spelling-dedup');

/** Typos as people make them (swapped, dropped, doubled letters) and the word they meant. */
const typos: [typo: string, meant: string][] = [
  ['mistaek', 'mistake'],
  ['recieve', 'receive'],
  ['throughtput', 'throughput'],
  ['seperate', 'separate'],
  ['definately', 'definitely'],
  ['occured', 'occurred'],
  ['accomodate', 'accommodate'],
  ['enviroment', 'environment'],
  ['beleive', 'believe'],
  ['arguement', 'argument'],
  ['paramter', 'parameter'],
  ['asynchronus', 'asynchronous'],
  ['dependancy', 'dependency'],
  ['porimse', 'promise'],
  ['thersohld', 'threshold'],
  ['Kuberentes', 'Kubernetes'],
  ['Recieve', 'Receive'],
];

describe('spelling suggestions', () => {
  test('the top suggestion for common typos is the word that was meant', async () => {
    const checker = await loadSpellChecker(repoRoot, { memoise: false });
    const top = typos.map(([typo]) => checker.check(typo).suggestions[0]);
    expect(top).toEqual(typos.map(([, meant]) => meant));
  });

  test('the top suggestion is the one cspell’s default search ranks first', async () => {
    const checker = await loadSpellChecker(repoRoot, { memoise: false });
    const { suggestions } = await loadDictionaries(await readSettings(join(repoRoot, 'cspell.config.yaml')));
    const full = await suggestions();
    // cspell's own defaults, with its one-second clock turned off so a busy machine cannot cut
    // the search short.
    const unbounded = typos.map(([typo]) => full.suggest(typo, { numSuggestions: 5, ignoreCase: true, timeout: Number.POSITIVE_INFINITY })[0]?.word);
    const ours = typos.map(([typo]) => checker.check(typo).suggestions[0]);
    // The checker gives a capitalised word capitalised suggestions; cspell gives them as listed.
    expect(ours.map((word) => word?.toLowerCase())).toEqual(unbounded.map((word) => word?.toLowerCase()));
  });

  test('a known common misspelling still gets its one safe fix', async () => {
    const checker = await loadSpellChecker(repoRoot, { memoise: false });
    expect(checker.check('recieve').fixTo).toBe('receive');
    expect(checker.check('throughtput').fixTo).toBe('throughput');
    // A guess from the search alone is never applied on its own.
    expect(checker.check('porimse').suggestions[0]).toBe('promise');
    expect(checker.check('porimse').fixTo).toBeUndefined();
  });

  test('one change costs what the bounds assume it costs in cspell’s search', () => {
    // The bounds are counted in changes and compared with cspell's costs: if cspell ever changes
    // its unit, every bound would silently widen or narrow.
    const dictionary = createSpellingDictionary(['throughput'], 'base-cost', 'suggestions.test.ts', {});
    const cost = (word: string) => dictionary.suggest(word, { numSuggestions: 1, numChanges: 3, timeout: Number.POSITIVE_INFINITY })[0]?.cost;
    // One letter dropped, one added, one replaced.
    expect([cost('throughpt'), cost('throughpxut'), cost('throughpat')]).toEqual([suggestionBaseCost, suggestionBaseCost, suggestionBaseCost]);
  });

  test('a made-up word is reported with no suggestion', async () => {
    const checker = await loadSpellChecker(repoRoot, { memoise: false });
    expect(checker.check('zorblaxify')).toEqual({ ok: false, forbidden: false, suggestions: [] });
  });

  test('suggestions loaded on demand give the same verdicts as loaded eagerly', async () => {
    // A configuration of its own, so its suggestion dictionaries are not loaded yet.
    const onDemand = await loadSpellChecker(fixtureRoot, { memoise: false, suggestionDictionaries: 'on-demand' });
    expect(onDemand.check('recieve', { suggest: false })).toEqual({ ok: false, forbidden: false, suggestions: [], withoutSuggestions: true });
    expect(() => onDemand.check('recieve')).toThrow(/loaded on demand/);
    const words = [...typos.map(([typo]) => typo), 'zorblaxify', 'high-throughout', 'Kafka', 'receive', 'Zorblax'];
    const judged = await onDemand.judge(words, true);
    const eager = await loadSpellChecker(fixtureRoot, { memoise: false });
    expect(judged).toEqual(words.map((word) => eager.check(word)));
    expect(judged.at(-1)).toEqual({ ok: true, forbidden: false, suggestions: [] });
  });

  test('the lookup dictionaries answer has and isForbidden as the full set does', async () => {
    const { lookup, suggestions } = await loadDictionaries(await readSettings(join(repoRoot, 'cspell.config.yaml')));
    const full = await suggestions();
    expect(lookup).not.toBe(full);
    // Every word of the repository's content and seed post, typos, flagged words and keys of the
    // common-misspellings list (which only the full set holds).
    const texts = globSync(['content/**/*.md', 'fixtures/seed/*.md'], { cwd: repoRoot }).map((path) => readFileSync(join(repoRoot, path), 'utf8'));
    // cspell's tokens of every text, and the words within them.
    const tokens = texts.flatMap((text) => spellingTokens(text, { ignoreRegExpList: [], includeRegExpList: [], ignoreRandomStrings: false, minRandomLength: 40 }).map(({ token }) => token));
    const words = new Set([...tokens, ...tokens.flatMap((token) => token.match(/[\p{L}\p{M}'’]+/gu) ?? [])]);
    for (const word of [...typos.flat(), 'high-throughout', 'programing', 'curch', 'therefor', 'aaccess', 'abadoned', 'Zorblax']) words.add(word);
    expect(words.size).toBeGreaterThan(1500);
    const answers = (collection: typeof full) =>
      [...words].map((word) => `${word} ${collection.has(word, { ignoreCase: true })} ${collection.has(word, { ignoreCase: false })} ${collection.isForbidden(word)}`);
    expect(answers(lookup)).toEqual(answers(full));
    expect(full.isForbidden('programing')).toBe(true);
  });
});
