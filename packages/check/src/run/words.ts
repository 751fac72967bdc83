/**
 * The spelling seam of a run: the one place the run knows that a rule asks for words. It starts
 * the dictionaries when a run will need them, gives every thread's rules one word service that
 * remembers each verdict (starting with those the cache kept), lets the dictionaries' thread go
 * when the run is done with them, and reports their time to the profile.
 */
import type { Profile } from '../profile/index.js';
import type { Rule, TokenVerdict, WordService, WordVerdict } from '../rule.js';
import { rules as registeredRules } from '../rules/index.js';
import { vetRootCspellConfig } from '../spelling/dictionary.js';
import { dictionariesInThisThread, rememberingJudge, sharedTokenVerdicts } from '../spelling/judge.js';
import { dictionariesInTheirOwnThread } from '../threads/dictionary-thread.js';
import { ruleSetting, type ResolvedConfig } from './config.js';

/** Whether a rule asks the word service: such rules run last in a file's pass, after the style rules. */
export function asksForWords(rule: Rule): boolean {
  return rule.meta.family === 'spelling';
}

function anyActiveAsks(config: ResolvedConfig, rules: readonly Rule[]): boolean {
  return rules.some(
    (rule) => asksForWords(rule) && ruleSetting(config.checks, rule.meta.id, rule.meta.family, rule.meta.defaultSeverity).severity !== 'off',
  );
}

/**
 * Without a cache every file is new, and a changed file most likely holds a new word: such a run
 * loads the dictionaries on their thread from its start, while this one reads.
 */
function needsDictionariesAtOnce(run: { cache: boolean; changed: boolean }): boolean {
  return !run.cache || run.changed;
}

/**
 * Starts loading the dictionaries a run of the registered rules will need at once, before the run
 * itself: the command line calls it before it asks git what changed.
 */
export function prepareDictionaries(config: ResolvedConfig, run: { cache: boolean; changed: boolean }): void {
  if (!anyActiveAsks(config, registeredRules)) return;
  vetRootCspellConfig(config.site.rootDir);
  if (!needsDictionariesAtOnce(run)) return;
  dictionariesInTheirOwnThread(config.site.rootDir)?.warmUp();
}

export interface RunWords {
  /**
   * What the rules of every thread ask, starting with the verdicts the cache kept: it answers
   * known words and tokens without the dictionaries.
   */
  serve(
    known: ReadonlyMap<string, WordVerdict> | undefined,
    knownTokens?: ReadonlyMap<string, ReadonlyMap<string, TokenVerdict>>,
  ): WordService;
  /** Every word verdict given so far, those from the cache included (what the cache keeps). */
  readonly verdicts: ReadonlyMap<string, WordVerdict>;
  /** The token verdicts every file may share, by settings key and token, those from the cache included (what the cache keeps). */
  readonly sharedTokenVerdicts: ReadonlyMap<string, ReadonlyMap<string, TokenVerdict>>;
  /** Whether a verdict was added since the run started. */
  readonly learnt: boolean;
  /** The languages of files this run asked to spell that no dictionary knows (`SpellingSetup.unchecked`). */
  readonly unchecked: ReadonlySet<string>;
  /** Starts loading the dictionaries now: the workers parse the first files meanwhile. */
  warmUp(): void;
  /** Once no file of the run can ask for a word any more. */
  done(): Promise<void>;
  /** Adds the dictionaries' load and judging time of this run to `profile`. */
  report(profile: Profile): void;
}

export interface RunWordsOptions {
  config: ResolvedConfig;
  /** The run's active rules. */
  rules: readonly Rule[];
  cache: boolean;
  changed: boolean;
  /** Keep the dictionaries' thread for a later run in this process. */
  keepDictionaries: boolean;
}

/**
 * The words of one run. The dictionaries are started only when a file needs words judged, on a
 * thread of their own (in this thread when the sources run unbundled), idle between runs.
 */
export function runWords(options: RunWordsOptions): RunWords {
  const { config } = options;
  const asks = anyActiveAsks(config, options.rules);
  // Refused at the start of the run, even one whose words the cache knows: see `vetCspellConfig`.
  if (asks) vetRootCspellConfig(config.site.rootDir);
  const thread = dictionariesInTheirOwnThread(config.site.rootDir);
  if (asks && needsDictionariesAtOnce(options)) thread?.warmUp();
  // Either loads on first use: a run whose words are all known never loads them.
  const dictionaries = thread ?? dictionariesInThisThread(config.site.rootDir);
  let learnt = false;
  const unchecked = new Set<string>();
  let remembering: ReturnType<typeof rememberingJudge> | undefined;
  return {
    serve(known, knownTokens) {
      const learning = <T>(answer: Promise<T>) => answer.then((value) => ((learnt = true), value));
      remembering ??= rememberingJudge(
        {
          // Setups are not verdicts: a run that only asked them has nothing new to keep.
          setup: (request) =>
            dictionaries.setup(request).then((setup) => {
              if (setup.unchecked !== undefined) unchecked.add(setup.unchecked);
              return setup;
            }),
          tokens: (key, tokens) => learning(dictionaries.tokens(key, tokens)),
          judge: (words, suggestFor, language) => learning(dictionaries.judge(words, suggestFor, language)),
        },
        known,
        knownTokens,
      );
      return remembering;
    },
    get verdicts() {
      return remembering?.verdicts ?? new Map<string, WordVerdict>();
    },
    get sharedTokenVerdicts() {
      return remembering ? sharedTokenVerdicts(remembering.tokenVerdicts) : new Map<string, ReadonlyMap<string, TokenVerdict>>();
    },
    get learnt() {
      return learnt;
    },
    unchecked,
    warmUp() {
      if (asks) dictionaries.warmUp();
    },
    async done() {
      if (!options.keepDictionaries) await thread?.release();
    },
    report(profile) {
      const { timings } = dictionaries;
      if (timings.load > 0) profile.add('dictionaries: load (elapsed)', timings.load);
      if (timings.judging > 0) profile.add('dictionaries: judging words (CPU)', timings.judging);
    },
  };
}
