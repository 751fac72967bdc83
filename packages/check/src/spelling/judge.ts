import type { LanguageTimings, TokenVerdict, WarmUpFile, WordService, WordVerdict } from '../rule.js';
import { cpuTimed, elapsedMilliseconds, elapsedUntil } from '../profile/clock.js';
import { forgetSpellCheckers, loadSpellChecker, type SpellChecker } from './dictionary.js';
import {
  forgetSettings,
  judgeKey,
  loadCspellProject,
  onlyAddsWords,
  setupFor,
  spellCheckerFor,
  tokenJudgeFor,
  withLanguage,
  type CspellProject,
} from './document-settings.js';
import { languageOfFile } from './languages.js';
import { isSettingsKey, isSharedKey, languageOfKey, settingsKeyParts, withoutDirectives } from './setup.js';

const fine: WordVerdict = { ok: true, forbidden: false, suggestions: [] };

const isUnknown = (verdict: WordVerdict) => !verdict.ok && !verdict.forbidden;

/**
 * A judge that keeps every verdict it was given and asks `ask` only about what it has no answer
 * for: tokens it has no verdict on and no question out for, and for suggestions the words it has
 * no answer for and the unknown ones among the first `suggestFor` that it has no suggestions for.
 * Asked in their order, with the same `suggestFor`, those get their suggestions: a word's place
 * among the unknown words asked is never later than its place among all of them. Setups are asked
 * every time: they depend on the file's path.
 */
export function rememberingJudge(
  ask: WordService,
  known: ReadonlyMap<string, WordVerdict> = new Map(),
  knownTokens: ReadonlyMap<string, ReadonlyMap<string, TokenVerdict>> = new Map(),
): WordService & { readonly verdicts: ReadonlyMap<string, WordVerdict>; readonly tokenVerdicts: ReadonlyMap<string, ReadonlyMap<string, TokenVerdict>> } {
  const verdicts = new Map(known);
  // By settings key, then token: a key is long, and joined to every token it made each lookup hash both.
  const tokenVerdicts = new Map<string, Map<string, TokenVerdict>>();
  const verdictsOf = (key: string) => {
    let byToken = tokenVerdicts.get(key);
    if (!byToken) {
      byToken = new Map();
      tokenVerdicts.set(key, byToken);
    }
    return byToken;
  };
  for (const [key, byToken] of knownTokens) tokenVerdicts.set(key, new Map(byToken));
  // Tokens asked and not answered yet, by settings key: files checked at the same time share many
  // tokens, and one that asks for a token another file's question holds waits for that answer.
  const pendingTokens = new Map<string, Map<string, Promise<TokenVerdict>>>();
  return {
    verdicts,
    tokenVerdicts,
    setup: (request) => ask.setup(request),
    async tokens(key, tokens) {
      const byToken = verdictsOf(key);
      let pending = pendingTokens.get(key);
      if (!pending) {
        pending = new Map();
        pendingTokens.set(key, pending);
      }
      const waiting = pending;
      const asked = [...new Set(tokens.filter((token) => !byToken.has(token) && !waiting.has(token)))];
      const answer = asked.length > 0 ? ask.tokens(key, asked) : undefined;
      if (answer) {
        asked.forEach((token, index) => {
          const verdict = answer.then((verdicts) => verdicts[index]!);
          // Only the files waiting for it see a failure; the asking file sees it from `answer`.
          verdict.catch(() => undefined);
          waiting.set(token, verdict);
        });
      }
      // Taken now: a question another file sent may settle, and leave `waiting`, before this one's.
      const answers = tokens.map((token) => byToken.get(token) ?? waiting.get(token)!);
      if (answer) {
        try {
          (await answer).forEach((verdict, index) => byToken.set(asked[index]!, verdict));
        } finally {
          for (const token of asked) waiting.delete(token);
        }
      }
      return Promise.all(answers);
    },
    async judge(words, suggestFor, language = '') {
      const keyOf = (word: string) => verdictKey(word, language);
      // Words that are or may be unknown, in order: an unjudged word may turn out unknown.
      let mayNeedSuggestions = 0;
      const asked = words.filter((word) => {
        const verdict = verdicts.get(keyOf(word));
        if (verdict !== undefined && !isUnknown(verdict)) return false;
        mayNeedSuggestions += 1;
        return verdict === undefined || (mayNeedSuggestions <= suggestFor && verdict.withoutSuggestions === true);
      });
      if (asked.length > 0) (await ask.judge(asked, suggestFor, language)).forEach((verdict, index) => verdicts.set(keyOf(asked[index]!), verdict));
      return words.map((word) => verdicts.get(keyOf(word))!);
    },
  };
}

/**
 * A word's verdict is the configuration's language's under the word itself (as the cache has always
 * kept them), another language's under the language and the word.
 */
function verdictKey(word: string, language: string): string {
  return language === '' ? word : `${language}\0${word}`;
}

/** The token verdicts of `tokenVerdicts` every file may share: those of settings without a path or in-document settings. */
export function sharedTokenVerdicts(
  tokenVerdicts: ReadonlyMap<string, ReadonlyMap<string, TokenVerdict>>,
): ReadonlyMap<string, ReadonlyMap<string, TokenVerdict>> {
  return new Map([...tokenVerdicts].filter(([key]) => isSharedKey(key)));
}

/**
 * The run's dictionaries, wherever they are loaded: in this thread, or in a thread of their own
 * (`threads/dictionary-thread.ts`) that loads them while this one reads and parses.
 */
export interface Dictionaries extends WordService {
  /**
   * Starts loading now what a run will likely need: the settings every language shares and, given
   * the first file to check (`lang` its locale's), its language's dictionaries; the configuration's
   * with their suggestion lists, another language's without (they load at its first unknown word).
   */
  warmUp(first?: WarmUpFile): void;
  /**
   * Lets go of the dictionaries, settings and verdicts of `language` (`''`: the configuration's),
   * once no file in it is left to check; a later question in it loads them again.
   */
  release(language: string): void;
  /** Milliseconds spent loading them (elapsed) and judging words with them (the CPU time of their thread). */
  readonly timings: { readonly load: number; readonly judging: number };
  /** Each language's loading time, and how long the released ones were held (`LanguageTimings`). */
  readonly languages: LanguageTimings;
}

/** Token judges of files with in-document settings kept at once (each file's settings are its own). */
const documentJudgesKept = 64;

/** The dictionaries of the cspell configuration at `rootDir`, loaded in this thread when first needed. */
export function dictionariesInThisThread(rootDir: string): Dictionaries {
  // One checker per language files asked suggestions in (the configuration's `''`, each locale's)
  // and per settings of their own an `overrides` entry gives files (`suggestionSource`).
  const checkers = new Map<string, Promise<SpellChecker>>();
  let project: Promise<CspellProject> | undefined;
  const tokenJudges = new Map<string, Promise<(token: string) => TokenVerdict>>();
  const timings = { load: 0, judging: 0 };
  const languages: LanguageTimings = { load: {}, held: {} };
  /** When each language whose dictionaries are held now began loading them. */
  const heldSince = new Map<string, number>();
  /** The language of `source` (a language or a settings key), whose dictionaries are about to load. */
  const holding = (source: string) => {
    const language = languageOfKey(source);
    if (!heldSince.has(language)) heldSince.set(language, elapsedMilliseconds());
    languages.load[language] ??= 0;
    return language;
  };
  /** Adds the time `loading` takes to the load time (and to `language`'s) once it settles. */
  const timedLoad = <T>(loading: Promise<T>, language?: string): Promise<T> =>
    elapsedUntil(loading, (milliseconds) => {
      timings.load += milliseconds;
      if (language !== undefined) languages.load[language] = (languages.load[language] ?? 0) + milliseconds;
    });
  /**
   * Only the lookups are timed, and they never wait: time that spans an `await` would also count
   * the questions of other threads answered meanwhile, adding up to many times the run.
   */
  const timed = <T>(lookups: () => T): T => cpuTimed(lookups, (milliseconds) => (timings.judging += milliseconds));
  // The suggestion-only word lists load when a word first needs suggestions.
  // A file's own settings (`overrides`) suggest from the dictionaries its tokens were judged with.
  const load = (language = '') => {
    let checker = checkers.get(language);
    if (!checker) {
      checker = timedLoad(
        isSettingsKey(language)
          ? loadProject().then((loaded) => spellCheckerFor(loaded, language))
          : loadSpellChecker(rootDir, { suggestionDictionaries: 'on-demand', language }),
        holding(language),
      );
      checkers.set(language, checker);
      checker.catch(() => checkers.delete(language));
    }
    return checker;
  };
  let projectLoaded: CspellProject | undefined;
  const loadProject = (): Promise<CspellProject> =>
    (project ??= timedLoad(loadCspellProject(rootDir)).then((loaded) => (projectLoaded = loaded)));
  /** The token judge of `key`, built once; a failed build is built again by the next question. */
  const tokenJudgeOf = (key: string) => {
    let judge = tokenJudges.get(key);
    if (!judge) {
      judge = timedLoad(
        loadProject().then((loaded) => tokenJudgeFor(loaded, key)),
        holding(key),
      );
      tokenJudges.set(key, judge);
      judge.catch(() => tokenJudges.delete(key));
      if (!isSharedKey(key)) {
        const documentKeys = [...tokenJudges.keys()].filter((known) => !isSharedKey(known));
        for (const old of documentKeys.slice(0, Math.max(0, documentKeys.length - documentJudgesKept))) tokenJudges.delete(old);
      }
    }
    return judge;
  };
  const suggestionsLoaded = new WeakMap<SpellChecker, Promise<unknown>>();
  const loadSuggestions = (loaded: SpellChecker, language: string) => {
    let loading = suggestionsLoaded.get(loaded);
    if (!loading) {
      loading = timedLoad(loaded.judge([], true), languageOfKey(language));
      suggestionsLoaded.set(loaded, loading);
    }
    return loading;
  };
  return {
    timings,
    languages,
    async setup(request) {
      const loaded = await loadProject();
      // A language's dictionary package is read when the first file in that language asks.
      if (request.lang) await timedLoad(withLanguage(loaded, request.lang), languageOfFile(request.lang));
      return setupFor(loaded, request);
    },
    async tokens(key, tokens) {
      const shared = withoutDirectives(key);
      if (shared !== key && onlyAddsWords(await loadProject(), settingsKeyParts(key).directives)) {
        // Words a file adds can only take findings away: what the shared settings find nothing in,
        // the file's find nothing in either, and only the rest is judged again with its words.
        const judgeShared = await tokenJudgeOf(shared);
        const verdicts = timed(() => tokens.map((token) => judgeShared(token)));
        const again = verdicts.flatMap((verdict, index) => (verdict.length > 0 ? [index] : []));
        if (again.length === 0) return verdicts;
        const judgeOwn = await tokenJudgeOf(key);
        timed(() => again.forEach((index) => (verdicts[index] = judgeOwn(tokens[index]!))));
        return verdicts;
      }
      const judgeToken = await tokenJudgeOf(key);
      return timed(() => tokens.map((token) => judgeToken(token)));
    },
    async judge(words, suggestFor, language = '') {
      const loaded = await load(language);
      const long = words.filter((word) => word.length >= loaded.minWordLength);
      const judged = timed(() => long.map((word) => loaded.check(word, { suggest: false })));
      const toSuggest = judged.flatMap((verdict, index) => (isUnknown(verdict) ? [index] : [])).slice(0, suggestFor);
      if (toSuggest.length > 0) {
        await loadSuggestions(loaded, language);
        timed(() => toSuggest.forEach((index) => (judged[index] = loaded.check(long[index]!, { suggest: true }))));
      }
      const byWord = new Map(long.map((word, index) => [word, judged[index]!]));
      return words.map((word) => byWord.get(word) ?? fine);
    },
    warmUp(first) {
      const loadingProject = loadProject();
      loadingProject.catch(() => undefined);
      if (!first) return;
      const language = languageOfFile(first.lang);
      if (language === '') {
        // A run that warms up checks new text, which nearly always holds a word to suggest for: the
        // suggestion lists load right after the others instead of when the first such word stops a
        // file.
        load()
          .then((loaded) => loadSuggestions(loaded, ''))
          .catch(() => undefined);
      }
      // And the judge of the first file's tokens, which the files of its folder share.
      loadingProject
        .then(async (loaded) => {
          if (language !== '') await timedLoad(withLanguage(loaded, language), language);
          return tokenJudgeOf(judgeKey(loaded, first.path, '', language));
        })
        .catch(() => undefined);
    },
    release(language) {
      for (const source of [...checkers.keys()]) if (languageOfKey(source) === language) checkers.delete(source);
      for (const key of [...tokenJudges.keys()]) if (languageOfKey(key) === language) tokenJudges.delete(key);
      forgetSpellCheckers(rootDir, language);
      if (projectLoaded) forgetSettings(projectLoaded, language);
      const since = heldSince.get(language);
      if (since === undefined) return;
      heldSince.delete(language);
      languages.held[language] = (languages.held[language] ?? 0) + elapsedMilliseconds() - since;
    },
  };
}

export type { WordVerdict };
