import { loadSpellChecker, type WordVerdict } from './dictionary.js';

/**
 * Judges words against the run's dictionaries. The rule asks for a file's distinct words at once,
 * so the dictionaries can live in one thread while files are checked in others: loading them
 * costs seconds and hundreds of megabytes, far too much to repeat per worker.
 */
export interface WordJudge {
  /**
   * One verdict per word, in order. Words shorter than the configured minimum length are fine.
   * `suggest` asks for suggestions too (tens of milliseconds a word).
   */
  judge(words: readonly string[], suggest: boolean): Promise<WordVerdict[]>;
}

/** The key under which a run shares its judge (`RuleContext.shared`); workers set a remote one. */
export const wordJudgeKey = 'spelling:judge';

const fine: WordVerdict = { ok: true, forbidden: false, suggestions: [] };

/** A judge over dictionaries loaded in this thread. */
export async function localWordJudge(rootDir: string): Promise<WordJudge> {
  const checker = await loadSpellChecker(rootDir);
  return {
    async judge(words, suggest) {
      return words.map((word) => (word.length < checker.minWordLength ? fine : checker.check(word, { suggest })));
    },
  };
}

export type { WordVerdict };
