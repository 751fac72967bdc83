import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Measurement {
  /** Seconds, measured around the child process. */
  wall: number;
  /** Seconds of user + system CPU of the child and every process it waited for. */
  cpu: number;
  /** Largest resident set of any one of those processes, in MB. */
  peakMb: number;
  exitCode: number;
  /** Stopped after the time limit: wall time is the limit, CPU and memory are unknown. */
  timedOut: boolean;
  stdoutPath: string;
  stderrPath: string;
}

/** The name of a measured command's output files (`<slug>.stdout`, `.stderr`, `.time`). */
export function slugOf(label: string): string {
  return label.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
}

export const timeBinary = '/usr/bin/time';

/**
 * GNU time reads the child's rusage after `wait4`, which covers its whole process tree and every
 * worker thread, unlike `process.resourceUsage()` of the parent.
 */
export function assertTimeAvailable(): void {
  if (!existsSync(timeBinary)) {
    throw new Error(`${timeBinary} is missing: the bench needs GNU time for CPU and peak memory (Debian: apt-get install time).`);
  }
}

export async function measure(
  label: string,
  command: readonly string[],
  options: {
    cwd: string;
    outDir: string;
    env?: NodeJS.ProcessEnv;
    timeoutSeconds?: number;
    /** Called with the child's process id, which is also its process group's. */
    onSpawn?: (pid: number) => void;
  },
): Promise<Measurement> {
  const slug = slugOf(label);
  const stdoutPath = join(options.outDir, `${slug}.stdout`);
  const stderrPath = join(options.outDir, `${slug}.stderr`);
  const timePath = join(options.outDir, `${slug}.time`);
  const stdout = openSync(stdoutPath, 'w');
  const stderr = openSync(stderrPath, 'w');
  const started = performance.now();
  let timedOut = false;
  const exitCode = await new Promise<number>((resolve, reject) => {
    const child = spawn(timeBinary, ['-f', '%e %U %S %M', '-o', timePath, ...command], {
      cwd: options.cwd,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...options.env },
      stdio: ['ignore', stdout, stderr],
      // Its own process group, so a timeout stops the whole tree under it.
      detached: true,
    });
    if (child.pid !== undefined) options.onSpawn?.(child.pid);
    const timer =
      options.timeoutSeconds === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            if (child.pid) process.kill(-child.pid, 'SIGKILL');
          }, options.timeoutSeconds * 1000);
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve(code ?? 1);
    });
  });
  const wall = (performance.now() - started) / 1000;
  closeSync(stdout);
  closeSync(stderr);
  // GNU time prefixes "Command exited with non-zero status N" when the child fails.
  const fields = timedOut ? [] : (readFileSync(timePath, 'utf8').trim().split('\n').at(-1)?.split(' ').map(Number) ?? []);
  const [, user = Number.NaN, system = Number.NaN, maxRssKb = Number.NaN] = fields;
  return { wall, cpu: user + system, peakMb: maxRssKb / 1024, exitCode, stdoutPath, stderrPath, timedOut };
}
