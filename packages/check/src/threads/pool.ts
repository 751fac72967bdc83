import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { deserialize } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { ResolvedConfig } from '../run/config.js';
import type { FileIdentity } from '../input/parse.js';
import { workerCpuMilliseconds } from '../profile/index.js';
import type { WordService } from '../rule.js';
import { answerWordQuestion, receiveError, sendError, type SentError, type WordQuestion } from './questions.js';

export interface WorkerSetup {
  config: ResolvedConfig;
  style: boolean;
}

export type ToWorker =
  | { type: 'file'; index: number; identity: FileIdentity; bytes: Uint8Array; hash: string }
  | { type: 'answer'; id: number; answer: unknown; error?: undefined }
  | { type: 'answer'; id: number; answer?: undefined; error: SentError };

export type FromWorker =
  /** The outcome as `v8.serialize` wrote it (see `runInWorkers`). */
  | { type: 'outcome'; index: number; packed: Uint8Array }
  | { type: 'judge'; id: number; question: WordQuestion }
  | { type: 'fatal'; error: SentError };

export interface WorkerJob {
  index: number;
  identity: FileIdentity;
  bytes: Uint8Array;
  /** The bytes' SHA-256, computed once when they were read. */
  hash: string;
}

/** The bundled worker entry (`run/worker.ts`); absent when the sources run unbundled (tests), which then stay in one thread. */
const workerEntry = fileURLToPath(new URL('./worker.js', import.meta.url));

/**
 * From this many files the main thread leaves the parsing to more than one worker: below it, one
 * worker parses while the dictionaries load on the other core.
 */
const minFilesForHelper = 250;
/** From this many files, up to four workers (each costs memory); below it, up to three. */
const minFilesForWorkers = 700;
/** Files handed to a worker before it answers: enough to keep it busy while verdicts travel. */
const filesInFlight = 16;
/**
 * How many more files a worker may hold while it waits for verdicts. At the start of a run the
 * dictionaries take a second or more to load; a worker whose files all wait for words would sit
 * idle that long, so each question it asks earns it another file to parse meanwhile.
 */
const filesWaitingForWords = 48;

export interface ThreadPlan {
  /** Worker threads that parse and check files. */
  workers: number;
  /** Whether the main thread checks files too, taking them from the same queue as the workers. */
  mainThreadChecks: boolean;
}

/** Every file checked in the main thread. */
export const mainThreadAlone: ThreadPlan = { workers: 0, mainThreadChecks: true };

/**
 * Which threads check a run of `fileCount` files. Every file is checked in a worker, where
 * `checks.maxFileSeconds` and the heap bound stop one that takes too long or too much: nothing can
 * stop the main thread, and a file of a hundred kilobytes within the input limits can hold it for
 * many seconds. The main thread judges words and gathers the outcomes. A small run has one worker,
 * whose start costs a fraction of a second; larger ones one per core, at most three below 700
 * files and four from there (each worker costs memory). `PRESSROOM_WORKERS=n` runs `n` workers,
 * at least one: `0` runs one too, as a file checked in the main thread would have no bound. Only a
 * caller's own rules, which cannot reach a worker, and the unbundled sources run in this thread.
 */
export function threadPlan(fileCount: number, env: NodeJS.ProcessEnv = process.env): ThreadPlan {
  if (!existsSync(workerEntry)) return mainThreadAlone;
  const forced = env.PRESSROOM_WORKERS;
  if (forced !== undefined && /^\d+$/.test(forced)) {
    return { workers: Math.max(1, Math.min(Number(forced), 16)), mainThreadChecks: false };
  }
  if (fileCount < minFilesForHelper) return { workers: 1, mainThreadChecks: false };
  const cores = availableParallelism();
  return { workers: Math.max(1, Math.min(cores, fileCount < minFilesForWorkers ? 3 : 4)), mainThreadChecks: false };
}

/**
 * Each worker's heap is bounded, so a file too big for it (hundreds of thousands of nodes) makes
 * that worker run out of memory instead of the machine; the files it held are then checked in the
 * main thread. The young generation is larger than Node's default: parsing makes many short-lived
 * objects, and fewer scavenges cost less CPU. Beyond 32 MB it gains little time for much more
 * peak memory (figures in `docs/benchmarks/check-design.md`).
 * `PRESSROOM_WORKER_HEAP_MB` lowers or raises the bound.
 */
function workerLimits(env: NodeJS.ProcessEnv = process.env) {
  const old = heapBoundMb(env.PRESSROOM_WORKER_HEAP_MB);
  // A young generation too large for the old one fails the promotion of survivors abruptly
  // instead of as a clean out-of-memory that the pool recovers from.
  return { maxOldGenerationSizeMb: old, maxYoungGenerationSizeMb: Math.min(32, Math.max(8, Math.floor(old / 8))) };
}

/** A thread's heap bound in megabytes, as an environment variable sets it: 1 GB unless it names a positive whole number. */
export function heapBoundMb(configured: string | undefined): number {
  const megabytes = Number(configured);
  return Number.isInteger(megabytes) && megabytes > 0 ? megabytes : 1024;
}

/** What a worker shares with the pool: a count of the work it started, and the file of the latest. */
export interface WorkerProgress {
  /** `Int32Array` of two: [work started so far, index of the file it is on or -1 (a verdict)]. */
  progress: SharedArrayBuffer;
}

/** A file no worker could finish: it took more CPU time or memory than one file may. */
export interface TooComplexJob {
  job: WorkerJob;
  /** More CPU time or memory than one file may have, or a worker that stopped while alone on it. */
  reason: 'time' | 'memory' | 'crash';
}

export interface WorkerBounds {
  /** CPU milliseconds a worker may spend on one file's work before it is stopped. */
  cpuMilliseconds: number;
  /**
   * One file at a time in each worker: a worker that has to be stopped then names its file. For
   * the files of a worker that ran out of memory, which may have been any of them.
   */
  isolated?: boolean;
}

/** How often the pool looks at what each worker is doing. */
const watchInterval = 200;

/**
 * Runs the per-file pass over the jobs of `queue` in `count` worker threads, answering their word
 * questions with `words`. The workers take jobs from the front of `queue`, and the caller may take
 * some meanwhile; the promise settles once the queue is empty and the workers are done with what
 * they took. `onDone` hears of each file as a worker finishes it; the outcomes themselves are handed
 * to `onOutcome` once the workers have stopped, in the order of the jobs.
 *
 * No file holds a worker for long: a worker that spends more than `bounds.cpuMilliseconds` of CPU
 * time on one piece of work (it tells the pool which file each piece is for) is stopped and
 * replaced, and that file is returned as too complex; its other files go back to the queue. A
 * worker that runs out of its bounded heap is replaced too, and the files it held are returned as
 * left over: the caller runs them again one at a time (`isolated`), where a file that runs out of
 * memory alone is too complex. CPU time, not elapsed time, so that a busy machine does not make a
 * file too complex.
 *
 * Outcomes stay serialized until then. Read as they arrived, they were objects that lived to the
 * end of the run, and V8 grows a thread's young generation each time as many bytes survived it as
 * it holds: the main thread's grew large while the workers still held theirs.
 */
export async function runInWorkers<Outcome>(
  queue: WorkerJob[],
  count: number,
  setup: WorkerSetup,
  words: WordService,
  onOutcome: (index: number, outcome: Outcome) => void,
  onDone: (index: number) => void = () => undefined,
  bounds: WorkerBounds = { cpuMilliseconds: Number.POSITIVE_INFINITY },
): Promise<{ leftOver: WorkerJob[]; tooComplex: TooComplexJob[] }> {
  const leftOver: WorkerJob[] = [];
  const tooComplex: TooComplexJob[] = [];
  if (queue.length === 0) return { leftOver, tooComplex };
  const packedOutcomes = new Map<number, Uint8Array>();
  const inFlightLimit = bounds.isolated ? 1 : filesInFlight;
  const waitingLimit = bounds.isolated ? 0 : filesWaitingForWords;
  /** Jobs the workers took and have not finished. */
  let held = 0;
  let settled = false;
  const workers: Worker[] = [];
  let watch: NodeJS.Timeout | undefined;
  try {
    await new Promise<void>((resolve, reject) => {
      let failed = false;
      let alive = 0;
      const fail = (error: Error) => {
        if (failed) return;
        failed = true;
        reject(error);
      };
      const settle = () => {
        if (settled) return;
        if (queue.length === 0 && held === 0) settled = true;
        else if (alive === 0) {
          // No worker left: the caller takes what is still queued.
          for (const job of queue.splice(0)) leftOver.push(job);
          settled = true;
        }
        if (settled) resolve();
      };
      /** Each live worker and what the watch last saw of it. */
      const watched = new Set<{ worker: Worker; progress: Int32Array; inFlight: Map<number, WorkerJob>; seen: number; cpuAtSeen: number | undefined; stop: (reason: 'time') => void }>();
      const start = () => {
        const shared: WorkerProgress = { progress: new SharedArrayBuffer(8) };
        const worker = new Worker(workerEntry, { workerData: { ...setup, ...shared } satisfies WorkerSetup & WorkerProgress, resourceLimits: workerLimits() });
        const inFlight = new Map<number, WorkerJob>();
        let questionsOpen = 0;
        const room = () => inFlightLimit + Math.min(questionsOpen, waitingLimit);
        const feed = () => {
          const job = queue.shift();
          if (!job) return;
          inFlight.set(job.index, job);
          held++;
          worker.postMessage({ type: 'file', ...job } satisfies ToWorker);
        };
        let gone = false;
        /** The worker is gone; `reason` says why, for the files it held. */
        const lose = (reason: 'memory' | 'time' | 'exit') => {
          if (gone) return;
          gone = true;
          alive--;
          watched.delete(entry);
          held -= inFlight.size;
          const current = Atomics.load(entry.progress, 1);
          for (const job of inFlight.values()) {
            if (bounds.isolated) tooComplex.push({ job, reason: reason === 'exit' ? 'crash' : reason });
            else if (reason === 'time' && job.index === current) tooComplex.push({ job, reason });
            // Another file of a worker that was stopped is not to blame: it goes back to the queue.
            else if (reason === 'time' && inFlight.has(current)) queue.unshift(job);
            else leftOver.push(job);
          }
          inFlight.clear();
          if (queue.length > 0 && !failed) start();
          settle();
        };
        const entry = {
          worker,
          progress: new Int32Array(shared.progress),
          inFlight,
          seen: -1,
          cpuAtSeen: undefined as number | undefined,
          stop: (reason: 'time') => {
            lose(reason);
            void worker.terminate();
          },
        };
        watched.add(entry);
        workers.push(worker);
        alive++;
        worker.on('message', (message: FromWorker) => {
          switch (message.type) {
            case 'outcome':
              if (!inFlight.delete(message.index)) break;
              packedOutcomes.set(message.index, message.packed);
              onDone(message.index);
              held--;
              if (inFlight.size < room()) feed();
              settle();
              break;
            case 'judge':
              questionsOpen++;
              if (inFlight.size < room()) feed();
              answerWordQuestion(words, message.question)
                .then(
                  (reply) => worker.postMessage({ type: 'answer', id: message.id, answer: reply } satisfies ToWorker),
                  (error: unknown) => worker.postMessage({ type: 'answer', id: message.id, error: sendError(error) } satisfies ToWorker),
                )
                .catch(() => undefined)
                .finally(() => questionsOpen--);
              break;
            case 'fatal':
              fail(receiveError(message.error));
              break;
          }
        });
        worker.on('error', (error: Error & { code?: string }) => {
          if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') lose('memory');
          else fail(error);
        });
        worker.on('exit', () => {
          if (!settled) lose('exit');
        });
        for (let slot = 0; slot < inFlightLimit; slot++) feed();
      };
      /** Stops a worker that spent more CPU time than one file may on one piece of work. */
      const look = async () => {
        for (const entry of watched) {
          if (entry.inFlight.size === 0) continue;
          const started = Atomics.load(entry.progress, 0);
          let cpu: number;
          try {
            cpu = await workerCpuMilliseconds(entry.worker);
          } catch {
            continue; // Gone meanwhile.
          }
          if (started !== entry.seen || entry.cpuAtSeen === undefined) {
            entry.seen = started;
            entry.cpuAtSeen = cpu;
          } else if (cpu - entry.cpuAtSeen > bounds.cpuMilliseconds && watched.has(entry)) {
            entry.stop('time');
          }
        }
      };
      if (Number.isFinite(bounds.cpuMilliseconds)) {
        let looking = false;
        watch = setInterval(() => {
          if (looking) return;
          looking = true;
          void look().finally(() => (looking = false));
        }, watchInterval);
      }
      for (let index = 0; index < Math.min(count, queue.length); index++) start();
    });
  } finally {
    clearInterval(watch);
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  for (const index of [...packedOutcomes.keys()].sort((a, b) => a - b)) {
    onOutcome(index, deserialize(packedOutcomes.get(index)!) as Outcome);
    packedOutcomes.delete(index);
  }
  return { leftOver, tooComplex };
}
