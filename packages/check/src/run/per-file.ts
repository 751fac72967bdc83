/**
 * The per-file pass of a run: each file parsed once and every per-file rule run on its tree, in
 * this thread or in worker threads; what is kept of a file is its record and its findings.
 */
import type { DecodedSource, ReadProblem } from '../input/read.js';
import type { Profile } from '../profile/index.js';
import { heapBoundMb, mainThreadAlone, runInWorkers, threadPlan, type ThreadPlan, type TooComplexJob, type WorkerBounds, type WorkerJob } from '../threads/pool.js';
import type { ResolvedConfig } from './config.js';
import { checkOneFile, type FileOutcome, type FilePassOptions } from './file-pass.js';
import { decoded, type Slot } from './files.js';
import type { RunWords } from './words.js';

/**
 * How many files this thread parses and checks while earlier ones wait for their words to be
 * judged. The dictionaries load on their own thread for a second or more at the start of a run,
 * and each later question is a round trip to it: waiting file by file left this thread idle for
 * much of a small run.
 */
const filesAheadOfVerdicts = 64;
/**
 * The same beside worker threads, fewer: while this thread parses it does not hand the workers new
 * files, and 16 files are about as many as a worker holds before it asks for more.
 */
const filesAheadOfVerdictsBesideWorkers = 16;

/** The per-file pass of one run, over whichever files it is given. */
export class PerFilePass {
  /** Files counted as done before their outcome was read (see `runInWorkers`). */
  readonly #counted = new WeakSet<Slot>();

  constructor(
    readonly options: FilePassOptions,
    readonly run: {
      config: ResolvedConfig;
      profile: Profile;
      words: RunWords;
      /** Worker threads may check files (not when a caller replaced the rules: they would not reach a worker). */
      threads: boolean;
      /** Called once per file done. */
      progress(): void;
    },
  ) {}

  /** Which threads check `fileCount` readable files. */
  threadsFor(fileCount: number): ThreadPlan {
    return !this.run.threads || fileCount === 0 ? mainThreadAlone : threadPlan(fileCount);
  }

  /** A file's text, decoded here. */
  decoded(slot: Slot) {
    return decoded(this.run.config, slot);
  }

  countDone(slot: Slot): void {
    if (slot.record || this.#counted.has(slot)) return;
    this.#counted.add(slot);
    this.run.words.fileDone(slot.identity);
    this.run.progress();
  }

  /** Keeps what the pass learnt of a file. */
  accept(slot: Slot, outcome: FileOutcome): void {
    this.countDone(slot);
    // A changed file parsed before its pass keeps the record it got then, which the run already holds.
    slot.record ??= outcome.record;
    slot.fileDiagnostics = outcome.diagnostics;
    slot.droppedFindings = outcome.dropped;
    slot.cacheable = outcome.cacheable;
    this.run.profile.addAll(outcome.timings);
  }

  /** Checks `targets`, files with no record yet. */
  async check(targets: Slot[]): Promise<void> {
    const { profile, words } = this.run;
    const checkInThisThread = async (slot: Slot) => this.accept(slot, await checkOneFile(this.options, slot.identity, this.decoded(slot)));
    const decodedSlots = targets.filter((slot) => slot.read.source);
    const byteSlots = targets.filter((slot) => slot.read.bytes);
    const plan = this.threadsFor(byteSlots.length);
    for (const slot of decodedSlots) await checkInThisThread(slot);
    const queue: WorkerJob[] = byteSlots.map((slot, index) => ({ index, identity: slot.identity, bytes: slot.read.bytes!, hash: slot.hash }));
    /**
     * This thread's share: files taken from the front of the queue, several at once so that they
     * parse while earlier ones wait for their words. After a failure no file starts (the workers'
     * queue is emptied too), and the pass fails once the started ones have settled.
     */
    const checkFromQueue = async (atOnce: number) => {
      let failure: { error: unknown } | undefined;
      const take = async () => {
        for (let job = queue.shift(); job && !failure; job = queue.shift()) {
          // Words already judged answer at once, so without this turn of the event loop the
          // workers' messages (asking for words and for more files) would wait for the queue to empty.
          if (plan.workers > 0) await new Promise((resolve) => setImmediate(resolve));
          await checkInThisThread(byteSlots[job.index]!).catch((error: unknown) => {
            failure ??= { error };
            queue.length = 0;
          });
        }
      };
      await Promise.all(Array.from({ length: atOnce }, take));
      if (failure) throw failure.error;
    };
    if (plan.workers === 0) return checkFromQueue(filesAheadOfVerdicts);
    // The dictionaries load (on their thread, or this one) while the workers parse the first files.
    words.warmUp();
    const firstRound = await profile.time(`workers (${plan.workers}${plan.mainThreadChecks ? ' and this thread' : ''}, wall)`, () =>
      this.#inWorkers(queue, byteSlots, plan, checkFromQueue),
    );
    const workerCount = Math.max(1, plan.workers);
    const tooComplex = [...firstRound.tooComplex];
    const { leftOver } = firstRound;
    if (leftOver.length > 0) {
      // The files of a worker that ran out of memory, each alone in a worker: a file that runs out
      // alone is too complex, the others get their findings. Never in this thread, which nothing bounds.
      const alone = await profile.time(`workers (${leftOver.length} files one at a time, after a worker ran out of memory, wall)`, () =>
        runInWorkers<FileOutcome>(leftOver, workerCount, this.#workerSetup(), this.options.words, this.#onOutcome(byteSlots), this.#onDone(byteSlots), {
          ...this.#workerBounds(),
          isolated: true,
        }),
      );
      tooComplex.push(...alone.tooComplex, ...alone.leftOver.map((job) => ({ job, reason: 'crash' as const })));
    }
    for (const { job, reason } of tooComplex) {
      const slot = byteSlots[job.index]!;
      this.accept(slot, await checkOneFile(this.options, slot.identity, this.#tooComplexSource(slot, reason)));
      // How long a file takes depends on the machine too: the next run checks it again.
      slot.cacheable = false;
    }
  }

  #workerSetup() {
    return { config: this.run.config, style: this.options.style };
  }

  /** No worker spends more than this on one file (see `runInWorkers`). */
  #workerBounds(): WorkerBounds {
    return { cpuMilliseconds: this.run.config.checks.maxFileSeconds * 1000 };
  }

  #onOutcome(byteSlots: Slot[]) {
    return (index: number, outcome: FileOutcome) => this.accept(byteSlots[index]!, outcome);
  }

  #onDone(byteSlots: Slot[]) {
    return (index: number) => this.countDone(byteSlots[index]!);
  }

  /** What a file no worker could finish is checked as: a file not parsed, with the reason. */
  #tooComplexSource(slot: Slot, reason: TooComplexJob['reason']): DecodedSource {
    const seconds = this.run.config.checks.maxFileSeconds;
    const megabytes = heapBoundMb(process.env.PRESSROOM_WORKER_HEAP_MB);
    const problem: ReadProblem =
      reason === 'time'
        ? {
            kind: 'too-complex',
            message: `Unexpected file that took more than ${seconds} s of CPU time to check, expected at most ${seconds} s (checks.maxFileSeconds): split the file up or simplify its structure; its other checks did not finish`,
            line: 1,
            column: 1,
          }
        : reason === 'memory'
          ? {
              kind: 'too-complex',
              message: `Unexpected file that needed more than ${megabytes} MB of memory to check, expected at most ${megabytes} MB (PRESSROOM_WORKER_HEAP_MB): split the file up or simplify its structure; its other checks did not finish`,
              line: 1,
              column: 1,
            }
          : { kind: 'unreadable', message: 'Unexpected stop of the thread that checked this file, expected its findings. Please report it with this file attached', line: 1, column: 1 };
    return { text: '', hasBom: false, newline: '\n', mixedNewlines: false, hash: slot.hash, byteLength: slot.read.bytes?.length ?? 0, problem };
  }

  /** The workers' share of the queue, and this thread's beside them; returns the jobs no worker finished. */
  async #inWorkers(
    queue: WorkerJob[],
    byteSlots: Slot[],
    plan: ThreadPlan,
    checkFromQueue: (atOnce: number) => Promise<void>,
  ): Promise<{ leftOver: WorkerJob[]; tooComplex: TooComplexJob[] }> {
    const inWorkers = runInWorkers<FileOutcome>(
      queue,
      plan.workers,
      this.#workerSetup(),
      this.options.words,
      this.#onOutcome(byteSlots),
      this.#onDone(byteSlots),
      this.#workerBounds(),
    );
    // Not awaited before the workers are: a failure here must still let them be stopped.
    const inThisThread = plan.mainThreadChecks ? checkFromQueue(filesAheadOfVerdictsBesideWorkers) : Promise.resolve();
    inThisThread.catch(() => undefined);
    let result: { leftOver: WorkerJob[]; tooComplex: TooComplexJob[] };
    try {
      result = await inWorkers;
    } catch (error) {
      queue.length = 0;
      await inThisThread.catch(() => undefined);
      throw error;
    }
    await inThisThread;
    return result;
  }
}
