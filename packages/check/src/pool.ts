import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { deserialize } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { ResolvedConfig } from './config.js';
import type { FileIdentity } from './parse.js';
import type { FileOutcome } from './process-file.js';
import type { WordJudge, WordVerdict } from './rules/spelling/judge.js';
import { receiveError, sendError, type SentError } from './thread-questions.js';

export interface WorkerSetup {
  config: ResolvedConfig;
  style: boolean;
}

export type ToWorker =
  | { type: 'file'; index: number; identity: FileIdentity; bytes: Uint8Array; hash: string }
  | { type: 'verdicts'; id: number; verdicts: WordVerdict[]; error?: undefined }
  | { type: 'verdicts'; id: number; verdicts?: undefined; error: SentError };

export type FromWorker =
  /** The outcome as `v8.serialize` wrote it (see `runInWorkers`). */
  | { type: 'outcome'; index: number; packed: Uint8Array }
  | { type: 'judge'; id: number; words: string[]; suggestFor: number }
  | { type: 'fatal'; error: SentError };

export interface WorkerJob {
  index: number;
  identity: FileIdentity;
  bytes: Uint8Array;
  /** The bytes' SHA-256, computed once when they were read. */
  hash: string;
}

/** The bundled worker entry; absent when the sources run unbundled (tests), which then stay in one thread. */
const workerEntry = fileURLToPath(new URL('./worker.js', import.meta.url));

/**
 * Below this many files, workers do not pay for themselves: each loads and warms up the parsers on
 * its own, while in one thread the main thread parses on one core and the dictionaries load on the
 * other. On two cores a 512-file run took about as long either way (6.9–7.5 s in one thread, 6.7–
 * 7.7 s with two workers) for a quarter less CPU time and 50–70 MB less memory; at 1,000 files the
 * workers were ahead.
 */
const minFilesForWorkers = 700;
/** Files handed to a worker before it answers: enough to keep it busy while verdicts travel. */
const filesInFlight = 16;
/**
 * How many more files a worker may hold while it waits for verdicts. At the start of a run the
 * main thread spends seconds loading the dictionaries; a worker whose files all wait for words
 * would sit idle that long, so each question it asks earns it another file to parse meanwhile.
 */
const filesWaitingForWords = 48;

/**
 * How many worker threads a run of `fileCount` files uses: one per core, at most four, none for
 * small runs. The main thread is mostly waiting (it judges each distinct word once and gathers the
 * outcomes), so giving its core to a worker made a 2,000-post run on two cores 30% faster for the
 * same CPU time; each worker costs about 80 MB, hence the cap. `PRESSROOM_WORKERS` overrides it
 * (`0` keeps everything in the main thread).
 */
export function workerCount(fileCount: number, env: NodeJS.ProcessEnv = process.env): number {
  if (!existsSync(workerEntry)) return 0;
  const forced = env.PRESSROOM_WORKERS;
  if (forced !== undefined && /^\d+$/.test(forced)) return Math.min(Number(forced), 16);
  if (fileCount < minFilesForWorkers) return 0;
  return Math.min(availableParallelism(), 4);
}

/**
 * Each worker's heap is bounded, so a file too big for it (hundreds of thousands of nodes) makes
 * that worker run out of memory instead of the machine; the files it held are then checked in the
 * main thread. The young generation is larger than Node's default: parsing makes many short-lived
 * objects, and fewer scavenges cost a quarter less CPU on the benchmark corpus. Beyond 32 MB it
 * gains little: 64 MB took 2-4% less time on 2,000 posts for 70-110 MB more peak memory.
 * `PRESSROOM_WORKER_HEAP_MB` lowers or raises the bound.
 */
function workerLimits(env: NodeJS.ProcessEnv = process.env) {
  const configured = Number(env.PRESSROOM_WORKER_HEAP_MB);
  const old = Number.isInteger(configured) && configured > 0 ? configured : 1024;
  // A young generation too large for the old one fails the promotion of survivors abruptly
  // instead of as a clean out-of-memory that the pool recovers from.
  return { maxOldGenerationSizeMb: old, maxYoungGenerationSizeMb: Math.min(32, Math.max(8, Math.floor(old / 8))) };
}

/**
 * Runs the per-file pass over `jobs` in `count` worker threads, answering their word questions
 * with `judge`. `onDone` hears of each file as it is done; the outcomes themselves are handed to
 * `onOutcome` once the workers have stopped, in the order of the jobs. Returns the jobs no worker
 * finished (a worker ran out of memory), for the caller to run in its own thread.
 *
 * Outcomes stay serialized until then. Read as they arrived, they were objects that lived to the
 * end of the run, and V8 grows a thread's young generation each time as many bytes survived it as
 * it holds: the main thread's reached 134 MB on 2,000 posts while the workers still held theirs.
 */
export async function runInWorkers(
  jobs: readonly WorkerJob[],
  count: number,
  setup: WorkerSetup,
  judge: () => Promise<WordJudge>,
  onOutcome: (index: number, outcome: FileOutcome) => void,
  onDone: (index: number) => void = () => undefined,
): Promise<WorkerJob[]> {
  if (jobs.length === 0) return [];
  const packedOutcomes = new Map<number, Uint8Array>();
  const queue = [...jobs];
  const leftOver: WorkerJob[] = [];
  let remaining = jobs.length;
  const workers: Worker[] = [];
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
        if (remaining === 0) resolve();
        else if (alive === 0) {
          // No worker left: the main thread takes what is still queued.
          leftOver.push(...queue.splice(0));
          resolve();
        }
      };
      for (let index = 0; index < Math.min(count, jobs.length); index++) {
        const worker = new Worker(workerEntry, { workerData: setup satisfies WorkerSetup, resourceLimits: workerLimits() });
        const inFlight = new Map<number, WorkerJob>();
        let questionsOpen = 0;
        const room = () => filesInFlight + Math.min(questionsOpen, filesWaitingForWords);
        const feed = () => {
          const job = queue.shift();
          if (!job) return;
          inFlight.set(job.index, job);
          worker.postMessage({ type: 'file', ...job } satisfies ToWorker);
        };
        let gone = false;
        const lose = () => {
          if (gone) return;
          gone = true;
          alive--;
          remaining -= inFlight.size;
          leftOver.push(...inFlight.values());
          inFlight.clear();
          settle();
        };
        workers.push(worker);
        alive++;
        worker.on('message', (message: FromWorker) => {
          switch (message.type) {
            case 'outcome':
              inFlight.delete(message.index);
              packedOutcomes.set(message.index, message.packed);
              onDone(message.index);
              remaining--;
              if (remaining === 0) resolve();
              else if (inFlight.size < room()) feed();
              break;
            case 'judge':
              questionsOpen++;
              if (inFlight.size < room()) feed();
              judge()
                .then((loaded) => loaded.judge(message.words, message.suggestFor))
                .then(
                  (verdicts) => worker.postMessage({ type: 'verdicts', id: message.id, verdicts } satisfies ToWorker),
                  (error: unknown) => worker.postMessage({ type: 'verdicts', id: message.id, error: sendError(error) } satisfies ToWorker),
                )
                .finally(() => questionsOpen--);
              break;
            case 'fatal':
              fail(receiveError(message.error));
              break;
          }
        });
        worker.on('error', (error: Error & { code?: string }) => {
          if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') lose();
          else fail(error);
        });
        worker.on('exit', () => {
          if (remaining > 0) lose();
        });
        for (let slot = 0; slot < filesInFlight; slot++) feed();
      }
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  for (const job of jobs) {
    const packed = packedOutcomes.get(job.index);
    if (!packed) continue;
    packedOutcomes.delete(job.index);
    onOutcome(job.index, deserialize(packed) as FileOutcome);
  }
  return leftOver;
}
