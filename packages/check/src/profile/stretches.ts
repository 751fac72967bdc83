import { threadCpuMilliseconds } from './clock.js';

/** A phase of timed work in one thread (parsing a file, a rule on it, the style pass). */
export interface Phase {
  /** Ends the phase's running stretch, unless other timed work started here since. */
  end(): void;
}

interface RunningPhase extends Phase {
  add(milliseconds: number): void;
  startedAt: number;
}

/**
 * The timed work of one thread. Several files are checked at once in a thread, so a phase that
 * waited does not resume as soon as its wait ends: the files whose waits ended first run before
 * it. A phase's time is therefore the sum of its own stretches, each ended by a wait
 * (`waitFor`), by the phase's end, or by other timed work starting here first. One per thread
 * and run; nothing is kept between runs.
 *
 * Stretches are read on this thread's CPU clock: the workers share the cores with the dictionary
 * thread and with other processes, and elapsed time would count the time another thread held one.
 */
export class Stretches {
  #running: RunningPhase | undefined;
  readonly #clock: () => number;

  constructor(clock: () => number = threadCpuMilliseconds) {
    this.#clock = clock;
  }

  /** Starts a phase whose stretches add their milliseconds to `timings[phase]`. */
  start(timings: Record<string, number>, phase: string): Phase {
    const running: RunningPhase = {
      startedAt: 0,
      add: (milliseconds) => {
        timings[phase] = (timings[phase] ?? 0) + milliseconds;
      },
      end: () => this.#stop(running, this.#clock()),
    };
    this.#resume(running);
    return running;
  }

  /** Runs synchronous `work` as one stretch of `phase`. */
  time<T>(timings: Record<string, number>, phase: string, work: () => T): T {
    const running = this.start(timings, phase);
    try {
      return work();
    } finally {
      running.end();
    }
  }

  /**
   * `work` awaited by the phase running now: its stretch ends here, and a new one starts when the
   * work settles, queued just before the phase's own continuation so that nothing runs between.
   */
  waitFor<T>(work: Promise<T>): Promise<T> {
    const waiting = this.#running;
    if (waiting) this.#stop(waiting, this.#clock());
    const resume = () => {
      if (waiting) this.#resume(waiting);
    };
    return work.then(
      (value) => {
        queueMicrotask(resume);
        return value;
      },
      (error: unknown) => {
        queueMicrotask(resume);
        throw error;
      },
    );
  }

  #resume(phase: RunningPhase): void {
    const now = this.#clock();
    if (this.#running) this.#stop(this.#running, now);
    phase.startedAt = now;
    this.#running = phase;
  }

  #stop(phase: RunningPhase, at: number): void {
    if (this.#running !== phase) return;
    this.#running = undefined;
    phase.add(at - phase.startedAt);
  }
}
