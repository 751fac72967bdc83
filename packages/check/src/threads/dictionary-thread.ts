import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { LanguageTimings, WarmUpFile, WordService } from '../rule.js';
import { CheckConfigError } from '../run/config-error.js';
import { heapBoundMb } from './pool.js';
import { askingWordService, openQuestions, type SentError, type WordQuestion } from './questions.js';

export interface DictionaryThreadSetup {
  rootDir: string;
}

export type ToDictionaryThread =
  | { type: 'warm-up'; first?: WarmUpFile }
  | { type: 'judge'; id: number; question: WordQuestion }
  | { type: 'release'; id: number; language: string };

type Timings = { load: number; judging: number };

/** What the thread did since it started, sent with each answer. */
interface Done {
  timings: Timings;
  languages: LanguageTimings;
}

export type FromDictionaryThread =
  | ({ type: 'answer'; id: number; answer: unknown; error?: undefined } & Done)
  | ({ type: 'answer'; id: number; answer?: undefined; error: SentError } & Done);

/** The bundled entry (`spelling/dictionary-worker.ts`); absent when the sources run unbundled (tests), which then load them in this thread. */
const dictionaryEntry = fileURLToPath(new URL('./dictionary-worker.js', import.meta.url));

/**
 * Loading cspell's dictionaries is a second of work that allocates hundreds of megabytes on the
 * way, and each suggestion search most of a megabyte. The young generation is small enough to
 * keep that garbage from growing the heap much, and large enough that a run of thousands of
 * suggestion searches does not spend its time collecting it (`docs/benchmarks/check-design.md`).
 */
const youngGenerationMb = 32;

/**
 * V8 lets a heap's garbage pile up further before a full collection the larger the heap's bound
 * is. Unbounded, the dead objects of suggestion searches, promoted out of the small young
 * generation, grew the old generation to several times the live dictionaries; bounded, it stays
 * close to them.
 * `PRESSROOM_DICTIONARY_HEAP_MB` raises the bound for very large custom dictionaries.
 */
const oldGenerationMb = () => heapBoundMb(process.env.PRESSROOM_DICTIONARY_HEAP_MB);

interface DictionaryThread {
  /** Work done since the thread started, summed over runs. */
  timings: Timings;
  /** Work done by language since the thread started, summed over runs. */
  languages: LanguageTimings;
  warmUp(first?: WarmUpFile): void;
  ask(question: WordQuestion): Promise<unknown>;
  /** Lets a language's dictionaries go, if the thread is running; settles once it has. */
  release(language: string): Promise<void>;
  /** Stops the thread, unless a question is open; the next question starts another. */
  stop(): Promise<void>;
}

/** The dictionaries in their own thread, which a caller that is done with them may let go. */
export interface ThreadDictionaries extends WordService {
  /** Starts loading them now, for a run that will likely need them (`Dictionaries.warmUp`). */
  warmUp(first?: WarmUpFile): void;
  /** Lets go of one language's dictionaries (`Dictionaries.release`) once the thread has. */
  releaseLanguage(language: string): Promise<void>;
  /** Milliseconds spent loading them (elapsed) and judging words (the CPU time of their thread), in this run. */
  readonly timings: { readonly load: number; readonly judging: number };
  /** Each language's load and hold time in this run (`Dictionaries.languages`). */
  readonly languages: LanguageTimings;
  /**
   * Stops the thread and gives its memory back: for a process that checks once.
   * Unless a question is open; a later question loads the dictionaries again.
   */
  release(): Promise<void>;
}

/** One thread per project root for the life of the process, like dictionaries loaded in this thread. */
const threads = new Map<string, DictionaryThread>();

function startThread(rootDir: string): DictionaryThread {
  const timings: Timings = { load: 0, judging: 0 };
  let languages: LanguageTimings = { load: {}, held: {} };
  const questions = openQuestions<unknown>();
  let worker: Worker | undefined;
  // A thread with no question open must not keep the process alive.
  const holdProcessWhileAsked = () => (questions.size > 0 ? worker?.ref() : worker?.unref());

  const thread = (): Worker => {
    if (worker) return worker;
    const heapMb = oldGenerationMb();
    const started = new Worker(dictionaryEntry, {
      workerData: { rootDir } satisfies DictionaryThreadSetup,
      resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb, maxOldGenerationSizeMb: heapMb },
    });
    // A thread reports its own work since it started: a thread started after another adds to it.
    const before = { ...timings };
    const languagesBefore = languages;
    started.on('message', (message: FromDictionaryThread) => {
      timings.load = before.load + message.timings.load;
      timings.judging = before.judging + message.timings.judging;
      languages = { load: sum(languagesBefore.load, message.languages.load), held: sum(languagesBefore.held, message.languages.held) };
      questions.answer(message.id, message.answer, message.error);
      holdProcessWhileAsked();
    });
    // A thread that fails is replaced by the next question; the questions it held fail with it.
    started.on('error', (error) => {
      if (worker === started) worker = undefined;
      const outOfMemory = (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
      questions.failAll(
        outOfMemory
          ? new CheckConfigError(`The spelling dictionaries need more than ${heapMb} MB of memory; raise the bound with PRESSROOM_DICTIONARY_HEAP_MB=<megabytes>`)
          : error,
      );
    });
    started.on('exit', (code) => {
      if (worker === started) worker = undefined;
      questions.failAll(new Error(`The dictionary thread stopped (exit code ${code}) before it answered`));
    });
    worker = started;
    holdProcessWhileAsked();
    return started;
  };

  return {
    timings,
    get languages() {
      return languages;
    },
    warmUp(first) {
      thread().postMessage({ type: 'warm-up', ...(first ? { first } : {}) } satisfies ToDictionaryThread);
    },
    async release(language) {
      const running = worker;
      if (!running) return;
      const released = questions.ask((id) => running.postMessage({ type: 'release', id, language } satisfies ToDictionaryThread));
      holdProcessWhileAsked();
      await released;
    },
    ask(question) {
      const target = thread();
      const answered = questions.ask((id) => target.postMessage({ type: 'judge', id, question } satisfies ToDictionaryThread));
      holdProcessWhileAsked();
      return answered;
    },
    async stop() {
      const running = worker;
      if (!running || questions.size > 0) return;
      worker = undefined;
      await running.terminate();
    },
  };
}

/**
 * The dictionaries in a thread of their own: they load on another core while this thread reads,
 * parses and checks, and the memory their loading churns through stays in that thread's small
 * young generation. The thread lives as long as the process, idle between runs, so a long-running
 * process loads them once. `undefined` when the sources run unbundled.
 */
export function dictionariesInTheirOwnThread(rootDir: string): ThreadDictionaries | undefined {
  if (!existsSync(dictionaryEntry)) return undefined;
  let thread = threads.get(rootDir);
  if (!thread) {
    thread = startThread(rootDir);
    threads.set(rootDir, thread);
  }
  const shared = thread;
  // This run's share of the thread's work.
  const before = { ...shared.timings };
  const languagesBefore = shared.languages;
  return {
    timings: {
      get load() {
        return shared.timings.load - before.load;
      },
      get judging() {
        return shared.timings.judging - before.judging;
      },
    },
    languages: {
      get load() {
        return since(languagesBefore.load, shared.languages.load);
      },
      get held() {
        return since(languagesBefore.held, shared.languages.held);
      },
    },
    warmUp: (first) => shared.warmUp(first),
    releaseLanguage: (language) => shared.release(language),
    ...askingWordService((question) => shared.ask(question)),
    release: () => shared.stop(),
  };
}

/** Milliseconds by language, added up. */
function sum(a: Record<string, number>, b: Record<string, number>): Record<string, number> {
  const total = { ...a };
  for (const [language, milliseconds] of Object.entries(b)) total[language] = (total[language] ?? 0) + milliseconds;
  return total;
}

/** What was added to `now` since `before`, by language: the languages with work since. */
function since(before: Record<string, number>, now: Record<string, number>): Record<string, number> {
  const added: Record<string, number> = {};
  for (const [language, milliseconds] of Object.entries(now)) {
    const earlier = before[language];
    if (earlier === undefined || milliseconds > earlier) added[language] = milliseconds - (earlier ?? 0);
  }
  return added;
}
