/**
 * The spelling seam of a run: the one place the run knows that a rule asks for words. It starts
 * the dictionaries when a run will need them, gives every thread's rules one word service that
 * remembers each verdict (starting with those the cache kept), lets each language's dictionaries
 * go once the run has checked its last file in it and the dictionaries' thread go when the run is
 * done with them, and reports their time to the profile.
 */
import { join } from 'node:path';
import type { FileIdentity } from '../input/parse.js';
import { localeLang } from '../input/locale.js';
import type { Profile } from '../profile/index.js';
import type { LanguageTimings, Rule, TokenVerdict, WarmUpFile, WordService, WordVerdict } from '../rule.js';
import { rules as registeredRules } from '../rules/index.js';
import { vetRootCspellConfig } from '../spelling/dictionary.js';
import { languageOfFile } from '../spelling/languages.js';
import { dictionariesInThisThread, rememberingJudge, sharedTokenVerdicts } from '../spelling/judge.js';
import { dictionariesInTheirOwnThread } from '../threads/dictionary-thread.js';
import { ruleSetting, type ResolvedConfig } from './config.js';
import type { Slot } from './files.js';

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
 * The file the dictionaries load for before the run's files are known: a Markdown file in the
 * configuration's language. None when the docs declare locales: the first file may be in another
 * language, and a run with no file in the configuration's language never loads its dictionaries.
 */
function warmUpGuess(config: ResolvedConfig): WarmUpFile | undefined {
  return config.site.config.sites.docs.locales === undefined ? { path: join(config.site.rootDir, 'post.md') } : undefined;
}

/** A language as the profile names it. */
function languageName(language: string): string {
  return language === '' ? 'configuration language' : language;
}

/**
 * The language whose dictionaries judge a file (`''`: the configuration's): its locale's. The run
 * orders its files by it (`inLanguageOrder`) and lets each language's dictionaries go by it.
 */
function languageOf(config: ResolvedConfig, file: FileIdentity): string {
  return languageOfFile(localeLang(config.site, file));
}

/**
 * `slots` in the order the run checks them: language by language (the configuration's first, then
 * each locale's in the order its first file comes), in their own order within each. The run then
 * holds the dictionaries of about one language at a time, each let go after its last file. No
 * finding depends on this order, and the report keeps the files' own.
 */
export function inLanguageOrder(config: ResolvedConfig, slots: readonly Slot[]): Slot[] {
  const byLanguage = new Map<string, Slot[]>([['', []]]);
  for (const slot of slots) {
    const language = languageOf(config, slot.identity);
    let group = byLanguage.get(language);
    if (!group) {
      group = [];
      byLanguage.set(language, group);
    }
    group.push(slot);
  }
  return [...byLanguage.values()].flat();
}

/**
 * Starts loading the dictionaries a run of the registered rules will need at once, before the run
 * itself: the command line calls it before it asks git what changed.
 */
export function prepareDictionaries(config: ResolvedConfig, run: { cache: boolean; changed: boolean }): void {
  if (!anyActiveAsks(config, registeredRules)) return;
  vetRootCspellConfig(config.site.rootDir, { untrusted: config.checks.untrusted });
  if (!needsDictionariesAtOnce(run)) return;
  dictionariesInTheirOwnThread(config.site.rootDir)?.warmUp(warmUpGuess(config));
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
  /**
   * The files the run will check, in the order it checks them: each language's dictionaries go
   * once `fileDone` has heard of its last file, unless the run keeps its dictionaries.
   */
  expect(files: readonly FileIdentity[]): void;
  /** A file of the run is checked: no question of it is open any more. */
  fileDone(file: FileIdentity): void;
  /** Each language's dictionaries' load time in this run, and how long those let go were held. */
  readonly languages: LanguageTimings;
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
  if (asks) vetRootCspellConfig(config.site.rootDir, { untrusted: config.checks.untrusted });
  const thread = dictionariesInTheirOwnThread(config.site.rootDir);
  if (asks && needsDictionariesAtOnce(options)) thread?.warmUp(warmUpGuess(config));
  // Either loads on first use: a run whose words are all known never loads them.
  const inThisThread = thread ? undefined : dictionariesInThisThread(config.site.rootDir);
  const dictionaries = thread ?? inThisThread!;
  // Files expected and not checked yet, by language.
  const left = new Map<string, number>();
  let first: WarmUpFile | undefined;
  const releasing = new Set<Promise<void>>();
  const release = (language: string) => {
    if (inThisThread) return inThisThread.release(language);
    const released = thread!.releaseLanguage(language).catch(() => undefined);
    releasing.add(released);
    void released.finally(() => releasing.delete(released));
  };
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
    get languages() {
      return dictionaries.languages;
    },
    expect(files) {
      if (!asks) return;
      const [firstFile] = files;
      if (firstFile) {
        const lang = localeLang(config.site, firstFile);
        first = { path: firstFile.path, ...(lang ? { lang } : {}) };
        if (thread && needsDictionariesAtOnce(options)) thread.warmUp(first);
      }
      if (options.keepDictionaries) return;
      for (const file of files) {
        const language = languageOf(config, file);
        left.set(language, (left.get(language) ?? 0) + 1);
      }
    },
    fileDone(file) {
      const language = languageOf(config, file);
      const count = left.get(language);
      if (count === undefined) return;
      if (count > 1) left.set(language, count - 1);
      else {
        left.delete(language);
        release(language);
      }
    },
    warmUp() {
      if (asks) dictionaries.warmUp(first ?? warmUpGuess(config));
    },
    async done() {
      await Promise.all(releasing);
      if (!options.keepDictionaries) await thread?.release();
    },
    report(profile) {
      const { timings } = dictionaries;
      if (timings.load > 0) profile.add('dictionaries: load (elapsed)', timings.load);
      if (timings.judging > 0) profile.add('dictionaries: judging words (CPU)', timings.judging);
      // By language, where the docs have locales: which languages' dictionaries the run loaded, and let go.
      const { load, held } = dictionaries.languages;
      if (config.site.config.sites.docs.locales !== undefined) {
        for (const [language, milliseconds] of Object.entries(load)) profile.add(`dictionaries: load ${languageName(language)} (elapsed)`, milliseconds);
        for (const [language, milliseconds] of Object.entries(held)) profile.add(`dictionaries: ${languageName(language)} held until let go (elapsed)`, milliseconds);
      }
    },
  };
}
