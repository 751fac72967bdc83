/**
 * The clocks the run's phases are read from, for code that keeps its own totals (the dictionaries,
 * which report theirs across threads).
 */
import type { Worker } from 'node:worker_threads';

/**
 * CPU milliseconds a worker thread has used, read from outside it (`worker.cpuUsage`, Node 24.6);
 * elapsed time where Node cannot tell.
 */
export async function workerCpuMilliseconds(worker: Worker): Promise<number> {
  const measure = (worker as Worker & { cpuUsage?: () => Promise<{ user: number; system: number }> }).cpuUsage;
  if (!measure) return performance.now();
  const usage = await measure.call(worker);
  return (usage.user + usage.system) / 1000;
}

/** CPU milliseconds this thread has used. */
export function threadCpuMilliseconds(): number {
  const used = process.threadCpuUsage();
  return (used.user + used.system) / 1000;
}

/** Runs `work` and adds the CPU time this thread spent on it to `add`. */
export function cpuTimed<T>(work: () => T, add: (milliseconds: number) => void): T {
  // This thread's CPU time, not the clock's: the threads of a run share the cores, and work that
  // waited for one would count the time another thread held it.
  const started = process.threadCpuUsage();
  try {
    return work();
  } finally {
    const used = process.threadCpuUsage(started);
    add((used.user + used.system) / 1000);
  }
}

/** Milliseconds on the elapsed clock, for spans that include waiting (a language's dictionaries held until let go). */
export function elapsedMilliseconds(): number {
  return performance.now();
}

/** Adds the elapsed time until `work` settles to `add`, once it has succeeded. */
export function elapsedUntil<T>(work: Promise<T>, add: (milliseconds: number) => void): Promise<T> {
  const started = performance.now();
  work.then(
    () => add(performance.now() - started),
    () => undefined,
  );
  return work;
}
