import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import type { JsonReport } from '../../src/report/json.js';

const bin = fileURLToPath(new URL('../../bin/pressroom.js', import.meta.url));

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built CLI as a child process, as a contributor or CI would; an `undefined` in `env`
 * unsets that variable, and `input` is written to its standard input.
 */
export function runCli(args: string[], cwd: string, env: Record<string, string | undefined> = {}, input?: string): Promise<CliRun> {
  const base: NodeJS.ProcessEnv = { ...process.env };
  // The tests must behave the same inside and outside CI.
  delete base.GITHUB_ACTIONS;
  delete base.GITHUB_STEP_SUMMARY;
  delete base.CI;
  return new Promise((resolve) => {
    const merged: NodeJS.ProcessEnv = { ...base, NO_COLOR: '1', ...env };
    for (const [name, value] of Object.entries(env)) if (value === undefined) delete merged[name];
    const child = execFile(process.execPath, [bin, ...args], { cwd, env: merged, maxBuffer: 32 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
    child.stdin?.end(input);
  });
}

/** The `--format json` document a run printed; a run that printed none fails with what it did print. */
export function jsonReport(run: CliRun): JsonReport {
  try {
    return JSON.parse(run.stdout) as JsonReport;
  } catch {
    throw new Error(`pressroom printed no JSON report (exit ${run.code}):\n${run.stdout}\n${run.stderr}`);
  }
}

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A temporary copy of `test/fixtures/<name>`, removed after the test file. */
export function fixtureCopy(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `pressroom-${name}-`));
  made.push(dir);
  cpSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)), dir, { recursive: true });
  return dir;
}

export function temporaryDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `pressroom-${name}-`));
  made.push(dir);
  return dir;
}

/** Runs git in `dir` as a test author, whatever the machine's git identity. */
export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], { cwd: dir, encoding: 'utf8' });
}

/** Makes `dir` a repository whose `main` holds it as it is, on a new branch `feature`, as a pull request starts. */
export function commitAsMainOnFeatureBranch(dir: string): string {
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'content');
  git(dir, 'checkout', '-q', '-b', 'feature');
  return dir;
}
