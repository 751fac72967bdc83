import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { generateCase } from './cases.ts';
import { loadSeeds, repoRoot } from './corpus.ts';
import type { WorkerInput, WorkerMessage } from './protocol.ts';

export interface FuzzOptions {
  seed: number;
  /** How many cases to run (indices 0 … runs-1), unless `indices` names them. */
  runs: number;
  /** Only these case indices, to reproduce a failure. */
  indices?: number[] | undefined;
  /** A `file:` URL of a module whose default export creates the adapter. */
  adapterUrl: string;
  root?: string;
  workers?: number;
  /** Per-case time bound; a case still running after it is a hang. */
  caseTimeoutMs?: number;
  /** Old-generation heap limit of each worker; a case that exceeds it is a memory failure. */
  memoryMb?: number;
  /** Cases sent to a worker at once, so a worker is reused across many cases. */
  batchSize?: number;
  /** Where inputs of failing cases are written, for a look and a rerun. */
  failureDir?: string | undefined;
  /** Wall-clock budget of the whole run: cases not started by then are counted as not run. */
  budgetMs?: number | undefined;
}

export type FailureKind = 'crash' | 'hang' | 'memory' | 'invalid-diagnostic' | 'worker-exit';

export interface CaseFailure {
  index: number;
  kind: FailureKind;
  path: string;
  seedPath: string;
  mutations: string[];
  detail: string;
  /** Where the failing input was written, when a failure folder was given. */
  savedAs?: string | undefined;
}

export interface FuzzReport {
  seed: number;
  cases: number;
  completed: number;
  /** Cases never started because the run's budget ran out. */
  notRun: number;
  diagnostics: number;
  failures: CaseFailure[];
  slowest: { index: number; ms: number; path: string; mutations: string[] } | undefined;
  peakHeapMb: number;
  /** The case that held the most heap, sampled while it ran and read when it ended. */
  worstHeap: { index: number; mb: number; path: string; mutations: string[] } | undefined;
  durationMs: number;
}

const WORKER_URL = new URL('./worker.ts', import.meta.url);

/** How often the heap of a worker is read while it runs a case. */
const heapSampleMs = 100;

/** Runs every case in worker threads with a time and memory bound per case, and reports. */
export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const started = performance.now();
  const root = options.root ?? repoRoot();
  const seeds = loadSeeds(root);
  const caseTimeoutMs = options.caseTimeoutMs ?? 15_000;
  const memoryMb = options.memoryMb ?? 1024;
  const batchSize = options.batchSize ?? 20;
  const indices = options.indices ?? Array.from({ length: options.runs }, (_, index) => index);
  const queue: number[][] = [];
  for (let start = 0; start < indices.length; start += batchSize) queue.push(indices.slice(start, start + batchSize));
  const workerCount = Math.max(1, Math.min(options.workers ?? Math.min(2, availableParallelism()), queue.length));
  const input: WorkerInput = { seed: options.seed, root, adapterUrl: options.adapterUrl };

  const report: FuzzReport = { seed: options.seed, cases: indices.length, completed: 0, notRun: 0, diagnostics: 0, failures: [], slowest: undefined, peakHeapMb: 0, worstHeap: undefined, durationMs: 0 };

  const heapOf = (index: number, mb: number) => {
    report.peakHeapMb = Math.max(report.peakHeapMb, mb);
    if (report.worstHeap && report.worstHeap.mb >= mb) return;
    const fuzzCase = generateCase(options.seed, index, seeds);
    report.worstHeap = { index, mb, path: fuzzCase.path, mutations: fuzzCase.mutations };
  };

  const fail = (index: number, kind: FailureKind, detail: string) => {
    const fuzzCase = generateCase(options.seed, index, seeds);
    let savedAs: string | undefined;
    if (options.failureDir) {
      mkdirSync(options.failureDir, { recursive: true });
      savedAs = join(options.failureDir, `seed-${options.seed}-case-${index}-${kind}.bin`);
      writeFileSync(savedAs, fuzzCase.contents);
    }
    report.failures.push({ index, kind, path: fuzzCase.path, seedPath: fuzzCase.seedPath, mutations: fuzzCase.mutations, detail, savedAs });
  };

  const startWorker = () =>
    new Promise<Worker>((resolve, reject) => {
      const worker = new Worker(WORKER_URL, { workerData: input, resourceLimits: { maxOldGenerationSizeMb: memoryMb }, stdout: true, stderr: true });
      // Checks may log; the fuzz summary is what a reader needs, so worker output is dropped.
      worker.stdout.resume();
      worker.stderr.resume();
      const startup = setTimeout(() => {
        void worker.terminate();
        reject(new Error(`The fuzz worker did not start within ${caseTimeoutMs * 4} ms (adapter ${options.adapterUrl})`));
      }, caseTimeoutMs * 4);
      worker.once('message', (message: WorkerMessage) => {
        clearTimeout(startup);
        if (message.type === 'ready') resolve(worker);
        else reject(new Error(`Unexpected first message from the fuzz worker: ${JSON.stringify(message)}`));
      });
      worker.once('error', (error) => {
        clearTimeout(startup);
        reject(new Error(`The fuzz worker failed to start (adapter ${options.adapterUrl}): ${error.stack ?? error.message}`));
      });
    });

  /** Runs one batch; resolves with the indices left undone when the worker had to be killed. */
  const runBatch = (worker: Worker, batch: number[]) =>
    new Promise<{ rest: number[]; alive: boolean }>((resolve) => {
      const pending = new Set(batch);
      let current: number | undefined;
      let timer: NodeJS.Timeout | undefined;
      // The heap while a case runs, not only when it ends: a case may build and drop a large tree.
      const sampling = setInterval(() => {
        const index = current;
        if (index === undefined) return;
        worker.getHeapStatistics().then(
          (heap) => {
            if (current === index) heapOf(index, heap.used_heap_size / 2 ** 20);
          },
          () => undefined,
        );
      }, heapSampleMs);
      const finish = (alive: boolean) => {
        clearTimeout(timer);
        clearInterval(sampling);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        resolve({ rest: [...pending], alive });
      };
      const onMessage = (message: WorkerMessage) => {
        if (message.type === 'start') {
          current = message.index;
          timer = setTimeout(() => {
            pending.delete(message.index);
            fail(message.index, 'hang', `still running after ${caseTimeoutMs} ms`);
            void worker.terminate();
            finish(false);
          }, caseTimeoutMs);
        } else if (message.type === 'done' || message.type === 'crash') {
          clearTimeout(timer);
          pending.delete(message.index);
          current = undefined;
          report.completed += 1;
          if (message.type === 'crash') fail(message.index, 'crash', message.error);
          else {
            report.diagnostics += message.diagnostics;
            heapOf(message.index, message.heapMb);
            if (message.problems.length > 0) fail(message.index, 'invalid-diagnostic', message.problems.slice(0, 5).join('\n'));
          }
          if (!report.slowest || message.ms > report.slowest.ms) {
            const fuzzCase = generateCase(options.seed, message.index, seeds);
            report.slowest = { index: message.index, ms: message.ms, path: fuzzCase.path, mutations: fuzzCase.mutations };
          }
        } else if (message.type === 'idle') finish(true);
      };
      const onError = (error: Error & { code?: string }) => {
        if (current !== undefined) {
          pending.delete(current);
          fail(current, error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'worker-exit', error.stack ?? error.message);
        }
        finish(false);
      };
      const onExit = (code: number) => {
        if (current !== undefined) {
          pending.delete(current);
          fail(current, 'worker-exit', `the worker exited with code ${code} during the case`);
        }
        finish(false);
      };
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
      worker.postMessage(batch);
    });

  const slot = async () => {
    let worker: Worker | undefined;
    try {
      for (let batch = queue.shift(); batch; batch = queue.shift()) {
        if (options.budgetMs !== undefined && performance.now() - started > options.budgetMs) {
          report.notRun += batch.length;
          continue;
        }
        worker ??= await startWorker();
        const { rest, alive } = await runBatch(worker, batch);
        if (!alive) worker = undefined;
        if (rest.length > 0) queue.unshift(rest);
      }
    } finally {
      await worker?.terminate();
    }
  };

  await Promise.all(Array.from({ length: workerCount }, slot));
  report.failures.sort((a, b) => a.index - b.index);
  report.durationMs = performance.now() - started;
  return report;
}

/** The lines a fuzz run prints: counts, seed, failures with a rerun command, the slowest case. */
export function formatReport(report: FuzzReport): string {
  const count = (kind: FailureKind) => report.failures.filter((failure) => failure.kind === kind).length;
  const lines = [
    `fuzz: ${report.cases} cases, seed ${report.seed} (rerun with FUZZ_SEED=${report.seed})`,
    `fuzz: ${report.completed} completed${report.notRun > 0 ? `, ${report.notRun} not run (time budget spent)` : ''}, ${report.diagnostics} diagnostics, crashes ${count('crash') + count('worker-exit')}, hangs ${count('hang')}, over memory ${count('memory')}, invalid diagnostics ${count('invalid-diagnostic')}${report.worstHeap ? `, peak heap ${report.worstHeap.mb.toFixed(0)} MB (case #${report.worstHeap.index})` : ''}`,
    report.slowest
      ? `fuzz: slowest case #${report.slowest.index} ${report.slowest.ms.toFixed(0)} ms (${report.slowest.path}; ${report.slowest.mutations.join(' + ')})`
      : 'fuzz: no case completed',
    report.worstHeap
      ? `fuzz: peak heap ${report.worstHeap.mb.toFixed(0)} MB in case #${report.worstHeap.index} (${report.worstHeap.path}; ${report.worstHeap.mutations.join(' + ')}), total ${(report.durationMs / 1000).toFixed(1)} s`
      : `fuzz: peak heap ${report.peakHeapMb.toFixed(0)} MB, total ${(report.durationMs / 1000).toFixed(1)} s`,
  ];
  for (const failure of report.failures) {
    lines.push(
      `fuzz: ${failure.kind} in case #${failure.index} (${failure.path} from ${failure.seedPath}; ${failure.mutations.join(' + ')})` +
        `\n  rerun: FUZZ_SEED=${report.seed} FUZZ_CASES=${failure.index} npx vitest run --project fuzz` +
        (failure.savedAs ? `\n  input: ${failure.savedAs}` : '') +
        `\n  ${failure.detail.split('\n').slice(0, 8).join('\n  ')}`,
    );
  }
  return lines.join('\n');
}
