import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
// cspell-lib is imported when a file is spell-checked: a run answered from the cache never loads it.
import type { CSpellUserSettings, SpellingDictionaryCollection } from 'cspell-lib';
import { CheckConfigError } from '../run/config-error.js';
import type { WordVerdict } from '../rule.js';
import { shippedDictionariesDir, withCompiledDictionaries } from './compiled-dictionaries.js';
import { compiledSuggestionLists } from './compiled-suggestions.js';
import { vetCspellConfig, type VetPolicy } from './cspell-config.js';
import { languageOfFile, languagePackageConfig } from './languages.js';
import { withWordListsSearchedAsOne } from './word-lists-as-one.js';

/** The config files cspell's editor extension also reads, in its order of preference. */
export const cspellConfigNames = ['cspell.config.yaml', 'cspell.config.yml', 'cspell.json', '.cspell.json', 'cspell.config.json'];

export function findCspellConfig(rootDir: string): string | undefined {
  return cspellConfigNames.map((name) => join(rootDir, name)).find((path) => existsSync(path));
}

/**
 * Refuses, with a `CheckConfigError` at its line, a root cspell config that names a URL or a broken
 * import, or under `policy.untrusted` one that would make cspell run code of the repository.
 */
export function vetRootCspellConfig(rootDir: string, policy: VetPolicy = {}): void {
  const configPath = findCspellConfig(rootDir);
  if (configPath) vetCspellConfig(configPath, rootDir, policy);
}

export type { WordVerdict };

export interface SpellChecker {
  minWordLength: number;
  /**
   * The verdict on one word. Memoised by default: one verdict per distinct word, so a word that
   * occurs a thousand times is looked up once. `suggest: false` skips the suggestions; a later call
   * that wants them computes them then. Needs the suggestion dictionaries loaded (the default; see
   * `SpellCheckerOptions.suggestionDictionaries`) when `suggest` is true.
   */
  check(word: string, options?: { suggest?: boolean }): WordVerdict;
  /** One verdict per word, in order; loads the suggestion dictionaries first when they are needed. */
  judge(words: readonly string[], suggest: boolean): Promise<WordVerdict[]>;
}

export interface SpellCheckerOptions {
  /**
   * `false` judges every call afresh instead of keeping one verdict per distinct word. Only for
   * tests, which compare the two to show that memoising changes no finding.
   */
  memoise?: boolean;
  /**
   * When the dictionaries that only serve suggestions (cspell's `suggestWords` lists, such as the
   * ninety thousand common misspellings) are loaded: `'eager'` (default) with the others, or
   * `'on-demand'` by the first `judge(words, true)`, which spares a run without unknown words their
   * loading time and memory. `check(word, { suggest: true })` cannot wait for
   * them, so in `'on-demand'` mode it throws until they are loaded.
   */
  suggestionDictionaries?: 'eager' | 'on-demand';
  /** A locale's language (`languages.ts`), `''` or absent for the configuration's. */
  language?: string;
}

const okVerdict: WordVerdict = { ok: true, forbidden: false, suggestions: [] };

/**
 * cspell's suggestion search is an edit-distance walk of every dictionary, bounded by a number of
 * changes. Its default bound (up to 5, scaled by word length) costs tens of milliseconds a word;
 * nearly every typo is one or two changes away (a swapped pair counts 0.75). The suggestions are
 * those of the narrowest of these bounds that finds something, so the best one is normally the
 * one cspell's default search ranks first (`test/spelling/suggestions.test.ts` pins it for common
 * typos). A word with nothing within two changes (a made-up word) gets no suggestion, and neither
 * does a word that looks like a name (`looksLikeName`) with nothing within one change.
 */
export const suggestionChangeSteps = [1, 1.5, 2] as const;

/**
 * What one change costs in cspell's suggestion search (`opCosts.baseCost` of cspell-trie-lib, which
 * does not export it; `test/spelling/suggestions.test.ts` measures it through cspell's own search).
 */
export const suggestionBaseCost = 100;

/** The dictionaries one cspell configuration names for Markdown, loaded once per process. */
export interface LoadedDictionaries {
  settings: CSpellUserSettings;
  /** Every dictionary except the suggestion-only lists: `has` and `isForbidden` come from here. */
  lookup: SpellingDictionaryCollection;
  /** Every dictionary: suggestions come from here. */
  suggestions(): Promise<SpellingDictionaryCollection>;
  suggestionsLoaded(): SpellingDictionaryCollection | undefined;
}

const loaded = new Map<string, Promise<LoadedDictionaries>>();
const memoisedCheckers = new Map<string, Promise<SpellChecker>>();

/**
 * What the dictionaries depend on: the cspell config file and the word lists and configs it
 * names, read without cspell-lib. The cache keys its verdicts by it, and a process keeps one set
 * of loaded dictionaries per fingerprint.
 */
export function cspellFingerprint(rootDir: string): string {
  const configPath = findCspellConfig(rootDir);
  const hash = createHash('sha256').update(configPath ?? '(none)');
  if (!configPath) return hash.digest('hex');
  const text = readFileSync(configPath, 'utf8');
  hash.update(text);
  let parsed: { dictionaryDefinitions?: { path?: unknown }[]; import?: unknown } | undefined;
  try {
    parsed = parseYaml(text) as typeof parsed;
  } catch {
    parsed = undefined;
  }
  const paths = [
    ...(parsed?.dictionaryDefinitions ?? []).map((definition) => definition.path),
    ...(Array.isArray(parsed?.import) ? parsed.import : [parsed?.import]),
  ].filter((path): path is string => typeof path === 'string');
  for (const path of paths) {
    hash.update(path);
    try {
      hash.update(readFileSync(resolve(dirname(configPath), path)));
    } catch {
      hash.update('(missing)');
    }
  }
  return hash.digest('hex');
}

/** What `loaded` keeps the dictionaries of the configuration at `rootDir` in `language` (`''`: its own) by. */
function loadedKey(rootDir: string, language: string): string {
  return `${cspellFingerprint(rootDir)}\0${language}`;
}

const checkerModes = ['eager', 'on-demand'] as const;

/** What `memoisedCheckers` keeps a checker of the dictionaries under `key` by. */
function memoisedCheckerKey(key: string, mode: (typeof checkerModes)[number]): string {
  return `${key}:${mode}`;
}

/**
 * Loads the root cspell settings and their dictionaries once per process (a long-running process,
 * the test suite, an editor integration) and again only when the config or a word list changes.
 */
export async function loadSpellChecker(rootDir: string, options: SpellCheckerOptions = {}): Promise<SpellChecker> {
  const language = languageOfFile(options.language);
  const key = loadedKey(rootDir, language);
  let dictionaries = loaded.get(key);
  if (!dictionaries) {
    dictionaries = readUserSettings(rootDir).then(async (userSettings) =>
      language === '' ? loadDictionaries(userSettings) : loadDictionaries(await inLanguage(userSettings, language), shippedDictionariesDir, { mustKnowEnglish: false }),
    );
    loaded.set(key, dictionaries);
    // A config that fails to load is not kept: the next run reads it again.
    dictionaries.catch(() => loaded.delete(key));
  }
  const mode = options.suggestionDictionaries ?? 'eager';
  if (options.memoise === false) return createSpellChecker(await dictionaries, { memoise: false, mode });
  const checkerKey = memoisedCheckerKey(key, mode);
  let checker = memoisedCheckers.get(checkerKey);
  if (!checker) {
    checker = dictionaries.then((loadedDictionaries) => createSpellChecker(loadedDictionaries, { memoise: true, mode }));
    memoisedCheckers.set(checkerKey, checker);
    checker.catch(() => memoisedCheckers.delete(checkerKey));
  }
  return checker;
}

/**
 * Lets go of the checkers of `language` (`''`: the configuration's) that `loadSpellChecker` keeps for
 * `rootDir`: the next call loads them again.
 */
export function forgetSpellCheckers(rootDir: string, language: string): void {
  const key = loadedKey(rootDir, languageOfFile(language));
  loaded.delete(key);
  for (const mode of checkerModes) memoisedCheckers.delete(memoisedCheckerKey(key, mode));
}

/** `userSettings` spelling in `language`, with the configuration of the shipped package that knows it. */
export async function inLanguage(userSettings: CSpellUserSettings, language: string): Promise<CSpellUserSettings> {
  const { mergeSettings, readSettings } = await import('cspell-lib');
  const packageConfig = languagePackageConfig(language);
  const withPackage = packageConfig ? mergeSettings(userSettings, await readSettings(packageConfig)) : userSettings;
  return mergeSettings(withPackage, { language });
}

/** The root cspell config as cspell reads it, imports merged; English defaults without one. */
async function readUserSettings(rootDir: string): Promise<CSpellUserSettings> {
  const configPath = findCspellConfig(rootDir);
  if (!configPath) return { language: 'en' };
  return readCspellSettings(configPath, rootDir);
}

/**
 * The cspell config at `configPath` as cspell-lib reads it, vetted first (cspell would fetch a URL
 * it names, and skip a broken import). An import of a dictionary package this package ships, which
 * the vetting finds in this package's own install when the repository has none, cspell-lib finds
 * from where its code is: in the build it is bundled into `dist`, beside that lookup.
 */
export async function readCspellSettings(configPath: string, rootDir: string): Promise<CSpellUserSettings> {
  vetCspellConfig(configPath, rootDir);
  const { readSettings } = await import('cspell-lib');
  return readSettings(configPath);
}

/** The settings cspell itself uses for a Markdown file under `userSettings`. */
export async function markdownSettings(userSettings: CSpellUserSettings): Promise<CSpellUserSettings> {
  const { combineTextAndLanguageSettings, finalizeSettings, getDefaultSettings, getGlobalSettingsAsync, mergeSettings } = await import('cspell-lib');
  const merged = mergeSettings(await getDefaultSettings(), await getGlobalSettingsAsync(), userSettings);
  return finalizeSettings(combineTextAndLanguageSettings(merged, '', ['markdown']));
}

/**
 * The lookup collection of finalized `settings`, and the settings it was made from: their dictionaries read from their compiled
 * copies where `compiledDictionaries` holds them (see `compiled-dictionaries.ts`), without the
 * suggestion-only lists (`suggestWords`), which answer `false` to `has` and `isForbidden` and so
 * change no verdict. `mustKnowEnglish` stops the run when the dictionaries know no English word.
 */
export async function lookupDictionary(
  settings: CSpellUserSettings,
  options: { compiledDictionaries?: URL | string; mustKnowEnglish?: boolean } = {},
): Promise<{ lookup: SpellingDictionaryCollection; settings: CSpellUserSettings }> {
  const cspell = await import('cspell-lib');
  const compiled = withCompiledDictionaries(settings, options.compiledDictionaries ?? shippedDictionariesDir);
  const withoutSuggestWords: CSpellUserSettings = {
    ...compiled,
    dictionaryDefinitions: compiled.dictionaryDefinitions?.map((definition) =>
      'suggestWords' in definition && definition.suggestWords ? { ...definition, suggestWords: [] } : definition,
    ),
  };
  const lookup: SpellingDictionaryCollection = await cspell.getDictionary(withoutSuggestWords);
  // cspell reports a dictionary it cannot load by knowing no words; flagging every word of every
  // file would bury the cause, so stop the run with it instead.
  if (options.mustKnowEnglish && !['the', 'and', 'with'].every((word) => lookup.has(word, { ignoreCase: true }))) {
    throw new CheckConfigError(
      `The spelling dictionaries did not load (cspell knows no English words with ${settings.language ?? 'no'} language settings); check the cspell configuration`,
    );
  }
  return { lookup, settings: compiled };
}

/**
 * The dictionaries of `markdownSettings`, read from their compiled copies in
 * `compiledDictionaries` where it holds them (see `compiled-dictionaries.ts`). The suggestion-only
 * lists (`suggestWords`) answer `false` to `has` and `isForbidden`, so leaving them out of the
 * lookup collection changes no verdict; they are parsed only for the collection that suggests.
 */
export async function loadDictionaries(
  userSettings: CSpellUserSettings,
  compiledDictionaries: URL | string = shippedDictionariesDir,
  options: { mustKnowEnglish?: boolean } = {},
): Promise<LoadedDictionaries> {
  const { lookup, settings } = await lookupDictionary(await markdownSettings(userSettings), { compiledDictionaries, mustKnowEnglish: options.mustKnowEnglish ?? true });
  return dictionariesOf(lookup, settings, compiledDictionaries);
}

/** The dictionaries of `lookup`, the collection of finalized `settings`, and their suggestion lists (`lookupDictionary`). */
export async function dictionariesOf(
  lookup: SpellingDictionaryCollection,
  settings: CSpellUserSettings,
  compiledDictionaries: URL | string = shippedDictionariesDir,
): Promise<LoadedDictionaries> {
  const { createSpellingDictionaryCollection, getDictionary } = await import('cspell-lib');
  let full: Promise<SpellingDictionaryCollection> | undefined;
  let fullLoaded: SpellingDictionaryCollection | undefined;
  return {
    settings,
    lookup,
    suggestions() {
      full ??= (async () => {
        // The lookup collection plus the suggestion lists gives the suggestions of cspell's full
        // collection: a suggestion search ranks by cost, then length, then spelling, so which
        // collection a list sits in changes nothing.
        const compiled = compiledSuggestionLists(settings, compiledDictionaries);
        const collection = compiled ? createSpellingDictionaryCollection([lookup, ...compiled], 'suggestions') : await getDictionary(settings);
        fullLoaded = await withWordListsSearchedAsOne(collection);
        return fullLoaded;
      })();
      return full;
    },
    suggestionsLoaded: () => fullLoaded,
  };
}

/**
 * A memoising checker of `dictionaries`, whose suggestion lists load on demand: the one of the
 * settings a file's tokens were judged with, when they are its own (`document-settings.ts`).
 */
export function spellCheckerOf(dictionaries: LoadedDictionaries): Promise<SpellChecker> {
  return createSpellChecker(dictionaries, { memoise: true, mode: 'on-demand' });
}

async function createSpellChecker(
  dictionaries: LoadedDictionaries,
  options: { memoise: boolean; mode: 'eager' | 'on-demand' },
): Promise<SpellChecker> {
  const { CompoundWordsMethod } = await import('cspell-lib');
  const { settings, lookup } = dictionaries;
  if (options.mode === 'eager') await dictionaries.suggestions();
  const numSuggestions = settings.numSuggestions ?? 5;
  const minWordLength = settings.minWordLength ?? 4;
  const cache = new Map<string, WordVerdict>();

  const known = (word: string): boolean => lookup.has(word, { ignoreCase: true }) && !lookup.isForbidden(word);

  const search = (collection: SpellingDictionaryCollection, word: string, numChanges: number) =>
    collection.suggest(word, {
      numSuggestions,
      numChanges,
      // Suggestions joined by a space are dropped anyway; searching for them costs time.
      compoundMethod: CompoundWordsMethod.NONE,
      // The search also tries the word in lower case, which finds what a case-insensitive walk
      // would (a capitalised word gets capitalised suggestions back, see `matchCase`).
      ignoreCase: false,
      // cspell stops a search after one second of wall-clock time by default; without that the
      // answer depends on the change limit alone, not on how busy the machine is.
      timeout: Number.POSITIVE_INFINITY,
    });

  const suggest = (word: string): ReturnType<SpellingDictionaryCollection['suggest']> => {
    const collection = dictionaries.suggestionsLoaded();
    if (!collection) throw new Error('The suggestion dictionaries are loaded on demand: ask for suggestions with `judge(words, true)`');
    // The suggestions are those of the narrowest bound that holds any. A search within one change
    // is several times cheaper than the widest and, when it finds something, its answer is that one.
    const [narrowest, ...wider] = suggestionChangeSteps;
    const near = search(collection, word, narrowest);
    if (near.length > 0) return near;
    // Only words with nothing within one change pay the wide search, and a name pays it for
    // nothing: what it finds two changes away is another word, not what was meant.
    if (looksLikeName(word)) return [];
    // One search at the widest bound, cut down to the narrowest bound that holds a result: the
    // same suggestions as searching bound by bound (a result's cost is within a bound of `n`
    // changes when it is at most `n` times the base cost), for one search instead of two.
    const found = search(collection, word, wider.at(-1)!);
    for (const numChanges of wider) {
      const within = found.filter((suggestion) => suggestion.cost <= numChanges * suggestionBaseCost);
      if (within.length > 0) return within;
    }
    return [];
  };

  const judgeWord = (word: string, wantSuggestions: boolean): WordVerdict => {
    if (lookup.isForbidden(word)) {
      const suggestions = forbiddenSuggestions(settings.flagWords ?? [], word);
      return { ok: false, forbidden: true, suggestions, ...(suggestions.length === 1 ? { fixTo: suggestions[0] } : {}) };
    }
    if (known(word)) return okVerdict;
    const bare = word.replace(/['’]s$/i, '');
    if (bare !== word && known(bare)) return okVerdict;
    // A compound is fine when all its parts are words: "real-time", "camelCase". Splitting only
    // after the whole word missed keeps real words like "JavaScript" from being split.
    const parts = word.split(/-|(?<=[a-z])(?=[A-Z])/).filter((part) => part.length > 0);
    if (parts.length > 1 && parts.every((part) => part.length < minWordLength || known(part) || known(part.replace(/['’]s$/i, '')))) {
      return okVerdict;
    }
    if (!wantSuggestions) return { ok: false, forbidden: false, suggestions: [], withoutSuggestions: true };
    const found = suggest(word);
    const suggestions = matchCase(
      word,
      found.map((suggestion) => suggestion.word).filter((candidate) => candidate !== word && !candidate.includes(' ')),
    );
    const preferred = matchCase(
      word,
      found.filter((suggestion) => suggestion.isPreferred).map((suggestion) => suggestion.word),
    );
    return { ok: false, forbidden: false, suggestions, ...(preferred.length === 1 ? { fixTo: preferred[0] } : {}) };
  };

  const check = (word: string, checkOptions?: { suggest?: boolean }): WordVerdict => {
    const key = word.replaceAll('’', "'");
    const wantSuggestions = checkOptions?.suggest ?? true;
    if (!options.memoise) return judgeWord(key, wantSuggestions);
    let verdict = cache.get(key);
    if (!verdict || (wantSuggestions && verdict.withoutSuggestions)) {
      verdict = judgeWord(key, wantSuggestions);
      cache.set(key, verdict);
    }
    return verdict;
  };

  return {
    minWordLength,
    check,
    async judge(words, wantSuggestions) {
      if (wantSuggestions) await dictionaries.suggestions();
      return words.map((word) => check(word, { suggest: wantSuggestions }));
    },
  };
}

/**
 * A capitalised word (`Quilum`, `GPU`), a camelCase one (`useQuery`), or one with digits, dots,
 * hyphens or underscores (`vite5`): in prose these are names and identifiers, which a dictionary
 * never holds and which a typo of a word rarely looks like. Such a word with nothing within one
 * change gets no suggestion: searching two changes away costs the most and finds unrelated words.
 */
export function looksLikeName(word: string): boolean {
  return /^\p{Lu}|\p{Ll}\p{Lu}|[\p{N}._-]/u.test(word);
}

/** cspell's `flagWords` entries may name the right word: `high-throughout->high-throughput`. */
function forbiddenSuggestions(flagWords: readonly string[], word: string): string[] {
  const lower = word.toLowerCase();
  const found: string[] = [];
  for (const entry of flagWords) {
    const [flagged, replacements] = entry.split(/->|:/, 2);
    if (flagged?.trim().toLowerCase() === lower && replacements) {
      found.push(...replacements.split(',').map((replacement) => replacement.trim()).filter(Boolean));
    }
  }
  return matchCase(word, found);
}

/** A capitalised word gets capitalised suggestions, so a fix keeps the sentence's case. */
function matchCase(word: string, suggestions: string[]): string[] {
  const capitalised = /^\p{Lu}\p{Ll}/u.test(word);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const suggestion of suggestions) {
    const cased = capitalised && /^\p{Ll}/u.test(suggestion) ? suggestion[0]!.toUpperCase() + suggestion.slice(1) : suggestion;
    if (!seen.has(cased)) {
      seen.add(cased);
      out.push(cased);
    }
  }
  return out;
}
