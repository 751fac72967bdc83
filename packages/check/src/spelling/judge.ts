import { loadSpellChecker, type SpellChecker, type WordVerdict } from './dictionary.js';

/**
 * Judges words against the run's dictionaries. The rule asks for a file's distinct words at once,
 * so the dictionaries can live in one thread while files are checked in others: loading them
 * costs seconds and hundreds of megabytes, far too much to repeat per worker.
 */
export interface WordJudge {
  /**
   * One verdict per word, in order. Words shorter than the configured minimum length are fine.
   * The first `suggestFor` unknown words (neither known nor flagged) come with suggestions, which
   * cost milliseconds a word: asking for them with the words saves a second question.
   */
  judge(words: readonly string[], suggestFor: number): Promise<WordVerdict[]>;
}

/** The key under which a run shares its judge (`RuleContext.shared`); workers set a remote one. */
export const wordJudgeKey = 'spelling:judge';

const fine: WordVerdict = { ok: true, forbidden: false, suggestions: [] };

export interface LocalWordJudge extends WordJudge {
  /** Every verdict given so far, those it started with included (what the cache keeps). */
  readonly verdicts: ReadonlyMap<string, WordVerdict>;
  /** Whether a verdict was added since the judge was made. */
  readonly learnt: boolean;
  /** Starts loading the dictionaries now, suggestion lists included, for a run that will likely need them. */
  warmUp(): void;
  /** Milliseconds spent loading the dictionaries (elapsed) and judging words with them (CPU time). */
  readonly timings: { readonly load: number; readonly judging: number };
}

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
): WordJudge & { readonly verdicts: ReadonlyMap<string, WordVerdict> } {
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
export interface Dictionaries {
  /** One verdict per word, in order; words shorter than the minimum length are fine. */
  judge(words: readonly string[], suggestFor: number): Promise<WordVerdict[]>;
  /** Starts loading them now, suggestion lists included, for a run that will likely need them. */
  warmUp(): void;
  /** Milliseconds spent loading them (elapsed) and judging words with them (the CPU time of their thread). */
  readonly timings: { readonly load: number; readonly judging: number };
}

/** The dictionaries of the cspell configuration at `rootDir`, loaded in this thread when first needed. */
export function dictionariesInThisThread(rootDir: string): Dictionaries {
  let checker: Promise<SpellChecker> | undefined;
  const timings = { load: 0, judging: 0 };
  /**
   * Only the lookups are timed, and they never wait: time that spans an `await` would also count
   * the questions of other threads answered meanwhile, adding up to many times the run. This
   * thread's CPU time, not the clock's: the threads of a run share the cores, and a lookup that
   * waited for one would count the time another thread held it.
   */
  const timed = <T>(lookups: () => T): T => {
    const started = process.threadCpuUsage();
    try {
      return lookups();
    } finally {
      const used = process.threadCpuUsage(started);
      timings.judging += (used.user + used.system) / 1000;
    }
  };
  // The suggestion-only word lists load when a word first needs suggestions.
  const load = () => {
    if (!checker) {
      const started = performance.now();
      checker = loadSpellChecker(rootDir, { suggestionDictionaries: 'on-demand' });
      checker.then(
        () => (timings.load += performance.now() - started),
        () => undefined,
      );
    }
    return checker;
  };
  let suggestionsLoaded: Promise<unknown> | undefined;
  const loadSuggestions = (loaded: SpellChecker) => {
    if (!suggestionsLoaded) {
      const started = performance.now();
      suggestionsLoaded = loaded.judge([], true).then(() => (timings.load += performance.now() - started));
    }
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
      // file (0.7 s later on the benchmark's `--changed` run).
      load()
        .then(loadSuggestions)
        .catch(() => undefined);
    },
  };
}

/**
 * The run's judge: it answers the verdicts it already knows (from the cache of an earlier run with
 * the same dictionaries) without loading the dictionaries, so a run over a few changed files with
 * no new word never pays the seconds a load costs, and asks `dictionaries` about the rest.
 */
export function localWordJudge(
  rootDir: string,
  known: ReadonlyMap<string, WordVerdict> = new Map(),
  dictionaries: Dictionaries = dictionariesInThisThread(rootDir),
): LocalWordJudge {
  let learnt = false;
  const remembering = rememberingJudge(async (words, suggestFor) => {
    const verdicts = await dictionaries.judge(words, suggestFor);
    learnt = true;
    return verdicts;
  }, known);
  return {
    verdicts: remembering.verdicts,
    judge: remembering.judge,
    timings: dictionaries.timings,
    get learnt() {
      return learnt;
    },
    warmUp: () => dictionaries.warmUp(),
  };
}

export type { WordVerdict };
