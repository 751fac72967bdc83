import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
// cspell-lib is imported when a file is spell-checked: a run answered from the cache never loads it.
import type { CSpellUserSettings, SpellingDictionaryCollection } from 'cspell-lib';
import { CheckConfigError } from '../../config.js';

/** The config files cspell's editor extension also reads, in its order of preference. */
export const cspellConfigNames = ['cspell.config.yaml', 'cspell.config.yml', 'cspell.json', '.cspell.json', 'cspell.config.json'];

export function findCspellConfig(rootDir: string): string | undefined {
  return cspellConfigNames.map((name) => join(rootDir, name)).find((path) => existsSync(path));
}

export interface WordVerdict {
  ok: boolean;
  forbidden: boolean;
  suggestions: string[];
  /** The one replacement that is safe to apply (a `flagWords` mapping or a known misspelling). */
  fixTo?: string;
  /** An unknown word whose suggestions were not looked for (the run's budget was spent). */
  withoutSuggestions?: boolean;
}

export interface SpellChecker {
  minWordLength: number;
  /**
   * One verdict per distinct word: the answer is memoised. `suggest: false` skips the costly
   * suggestions (tens of milliseconds a word); a later call that wants them computes them then.
   */
  check(word: string, options?: { suggest?: boolean }): WordVerdict;
}

const okVerdict: WordVerdict = { ok: true, forbidden: false, suggestions: [] };

const loaded = new Map<string, Promise<SpellChecker>>();

/** The word lists a cspell config names, read without cspell-lib (for the cache fingerprint). */
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

/** What the dictionaries depend on: the config file and every word list it names. */
function settingsFingerprint(configPath: string | undefined, settings: CSpellUserSettings): string {
  const hash = createHash('sha256').update(configPath ?? '(none)');
  if (configPath) hash.update(readFileSync(configPath));
  for (const definition of settings.dictionaryDefinitions ?? []) {
    const path = (definition as { path?: string }).path;
    if (!path) continue;
    hash.update(path);
    try {
      hash.update(readFileSync(path));
    } catch {
      hash.update('(missing)');
    }
  }
  return hash.digest('hex');
}

/**
 * Loads the root cspell settings and their dictionaries once per process (a long-running process,
 * the test suite, an editor integration) and again only when the config or a word list changes.
 */
export async function loadSpellChecker(rootDir: string): Promise<SpellChecker> {
  const configPath = findCspellConfig(rootDir);
  const { readSettings } = await import('cspell-lib');
  const userSettings: CSpellUserSettings = configPath ? await readSettings(configPath) : { language: 'en' };
  const key = settingsFingerprint(configPath, userSettings);
  let checker = loaded.get(key);
  if (!checker) {
    checker = createSpellChecker(userSettings);
    loaded.set(key, checker);
  }
  return checker;
}

async function createSpellChecker(userSettings: CSpellUserSettings): Promise<SpellChecker> {
  const { combineTextAndLanguageSettings, finalizeSettings, getDefaultSettings, getDictionary, getGlobalSettingsAsync, mergeSettings } =
    await import('cspell-lib');
  const merged = mergeSettings(await getDefaultSettings(), await getGlobalSettingsAsync(), userSettings);
  const settings = finalizeSettings(combineTextAndLanguageSettings(merged, '', ['markdown']));
  const dictionary: SpellingDictionaryCollection = await getDictionary(settings);
  // cspell reports a dictionary it cannot load by knowing no words; flagging every word of every
  // file would bury the cause, so stop the run with it instead.
  if (!['the', 'and', 'with'].every((word) => dictionary.has(word, { ignoreCase: true }))) {
    throw new CheckConfigError(
      `The spelling dictionaries did not load (cspell knows no English words with ${settings.language ?? 'no'} language settings); check the cspell configuration`,
    );
  }
  const numSuggestions = settings.numSuggestions ?? 5;
  const cache = new Map<string, WordVerdict>();

  const known = (word: string): boolean => dictionary.has(word, { ignoreCase: true }) && !dictionary.isForbidden(word);

  const judge = (word: string, suggest: boolean): WordVerdict => {
    if (dictionary.isForbidden(word)) {
      const suggestions = forbiddenSuggestions(settings.flagWords ?? [], word);
      return { ok: false, forbidden: true, suggestions, ...(suggestions.length === 1 ? { fixTo: suggestions[0] } : {}) };
    }
    if (known(word)) return okVerdict;
    const bare = word.replace(/['’]s$/i, '');
    if (bare !== word && known(bare)) return okVerdict;
    // A compound is fine when all its parts are words: "real-time", "camelCase". Splitting only
    // after the whole word missed keeps real words like "JavaScript" from being split.
    const parts = word.split(/-|(?<=[a-z])(?=[A-Z])/).filter((part) => part.length > 0);
    if (parts.length > 1 && parts.every((part) => part.length < (settings.minWordLength ?? 4) || known(part) || known(part.replace(/['’]s$/i, '')))) {
      return okVerdict;
    }
    if (!suggest) return { ok: false, forbidden: false, suggestions: [], withoutSuggestions: true };
    const found = dictionary.suggest(word, { numSuggestions, ignoreCase: true });
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

  return {
    minWordLength: settings.minWordLength ?? 4,
    check(word: string, options?: { suggest?: boolean }): WordVerdict {
      const key = word.replaceAll('’', "'");
      const suggest = options?.suggest ?? true;
      let verdict = cache.get(key);
      if (!verdict || (suggest && verdict.withoutSuggestions)) {
        verdict = judge(key, suggest);
        cache.set(key, verdict);
      }
      return verdict;
    },
  };
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
