import type { WordService, WordVerdict } from '../rule.js';
import { cpuTimed, elapsedUntil } from '../profile/clock.js';
import { loadSpellChecker, type SpellChecker } from './dictionary.js';

const fine: WordVerdict = { ok: true, forbidden: false, suggestions: [] };

const isUnknown = (verdict: WordVerdict) => !verdict.ok && !verdict.forbidden;

/**
 * A judge that keeps every verdict it was given and asks `ask` only about the words it has no
 * answer for, and the unknown ones among the first `suggestFor` that it has no suggestions for.
 * Asked in their order, with the same `suggestFor`, those get their suggestions: a word's place
 * among the unknown words asked is never later than its place among all of them.
 */
export function rememberingJudge(
  ask: (words: string[], suggestFor: number) => Promise<WordVerdict[]>,
  known: ReadonlyMap<string, WordVerdict> = new Map(),
): WordService & { readonly verdicts: ReadonlyMap<string, WordVerdict> } {
  const verdicts = new Map(known);
  return {
    verdicts,
    async judge(words, suggestFor) {
      // Words that are or may be unknown, in order: an unjudged word may turn out unknown.
      let mayNeedSuggestions = 0;
      const asked = words.filter((word) => {
        const verdict = verdicts.get(word);
        if (verdict !== undefined && !isUnknown(verdict)) return false;
        mayNeedSuggestions += 1;
        return verdict === undefined || (mayNeedSuggestions <= suggestFor && verdict.withoutSuggestions === true);
      });
      if (asked.length > 0) (await ask(asked, suggestFor)).forEach((verdict, index) => verdicts.set(asked[index]!, verdict));
      return words.map((word) => verdicts.get(word)!);
    },
  };
}

/**
 * The run's dictionaries, wherever they are loaded: in this thread, or in a thread of their own
 * (`threads/dictionary-thread.ts`) that loads them while this one reads and parses.
 */
export interface Dictionaries extends WordService {
  /** Starts loading them now, suggestion lists included, for a run that will likely need them. */
  warmUp(): void;
  /** Milliseconds spent loading them (elapsed) and judging words with them (the CPU time of their thread). */
  readonly timings: { readonly load: number; readonly judging: number };
}

/** The dictionaries of the cspell configuration at `rootDir`, loaded in this thread when first needed. */
export function dictionariesInThisThread(rootDir: string): Dictionaries {
  let checker: Promise<SpellChecker> | undefined;
  const timings = { load: 0, judging: 0 };
  const addLoad = (milliseconds: number) => (timings.load += milliseconds);
  /**
   * Only the lookups are timed, and they never wait: time that spans an `await` would also count
   * the questions of other threads answered meanwhile, adding up to many times the run.
   */
  const timed = <T>(lookups: () => T): T => cpuTimed(lookups, (milliseconds) => (timings.judging += milliseconds));
  // The suggestion-only word lists load when a word first needs suggestions.
  const load = () => {
    checker ??= elapsedUntil(loadSpellChecker(rootDir, { suggestionDictionaries: 'on-demand' }), addLoad);
    return checker;
  };
  let suggestionsLoaded: Promise<unknown> | undefined;
  const loadSuggestions = (loaded: SpellChecker) => {
    suggestionsLoaded ??= elapsedUntil(loaded.judge([], true), addLoad);
    return suggestionsLoaded;
  };
  return {
    timings,
    async judge(words, suggestFor) {
      const loaded = await load();
      const long = words.filter((word) => word.length >= loaded.minWordLength);
      const judged = timed(() => long.map((word) => loaded.check(word, { suggest: false })));
      const toSuggest = judged.flatMap((verdict, index) => (isUnknown(verdict) ? [index] : [])).slice(0, suggestFor);
      if (toSuggest.length > 0) {
        await loadSuggestions(loaded);
        timed(() => toSuggest.forEach((index) => (judged[index] = loaded.check(long[index]!, { suggest: true }))));
      }
      const byWord = new Map(long.map((word, index) => [word, judged[index]!]));
      return words.map((word) => byWord.get(word) ?? fine);
    },
    warmUp() {
      // A run that warms up checks new text, which nearly always holds a word to suggest for: the
      // suggestion lists load right after the others instead of when the first such word stops a
      // file.
      load()
        .then(loadSuggestions)
        .catch(() => undefined);
    },
  };
}

export type { WordVerdict };
