/**
 * Every timing of a run, behind one seam: what `--profile` prints. The code that is timed calls
 * this module; the rules and the plumbing know nothing of it.
 *
 * - `Profile`: milliseconds per phase of a run (read, parse, each rule family, the cache, …).
 * - `Stretches`: in a thread that checks several files at once, the stretches each phase ran,
 *   ended by a wait for a service or by other timed work starting first.
 * - `waitedFor`: a service whose callers' waits are not their phases' time.
 * - `cpuTimed`, `elapsedUntil`: the clocks of code that keeps its own totals (the dictionaries).
 */
export { cpuTimed, elapsedUntil, workerCpuMilliseconds } from './clock.js';
export { Profile } from './profile.js';
export { Stretches, type Phase } from './stretches.js';
export { waitedFor } from './waits.js';
