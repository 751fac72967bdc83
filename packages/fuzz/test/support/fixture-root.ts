import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { JsonDiagnostic, JsonReport } from '@pressroom/check';
import { repoRoot } from '../../src/index.ts';

/** The `pressroom` bin of the checks package, run as CI runs it. */
export const pressroomBin = join(dirname(createRequire(import.meta.url).resolve('@pressroom/check/package.json')), 'bin/pressroom.js');

/**
 * A throwaway repository: `<sandbox>/repo` with the real `pressroom.config.json` (plus `checks`
 * overrides) and the given files, and `<sandbox>/outside` for files a PR must never reach.
 */
export function makeSandbox(files: Record<string, string | Uint8Array>, checks: Record<string, unknown> = {}) {
  const sandbox = mkdtempSync(join(tmpdir(), 'pressroom-fuzz-'));
  const repo = join(sandbox, 'repo');
  const outside = join(sandbox, 'outside');
  mkdirSync(outside, { recursive: true });
  for (const folder of ['content/blog', 'content/docs']) mkdirSync(join(repo, folder), { recursive: true });
  const config = JSON.parse(readFileSync(join(repoRoot(), 'pressroom.config.json'), 'utf8')) as Record<string, unknown>;
  delete config.$schema;
  config.checks = { ...(config.checks as object | undefined), ...checks };
  for (const [path, contents] of Object.entries({ 'pressroom.config.json': JSON.stringify(config, null, 2), ...files })) {
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    writeFileSync(join(repo, path), contents);
  }
  return { sandbox, repo, outside, cleanup: () => rmSync(sandbox, { recursive: true, force: true }) };
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `pressroom <args>` in `cwd`; asynchronous, so two runs can overlap. */
export function runPressroom(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [pressroomBin, ...args], {
      cwd,
      env: { ...process.env, GITHUB_ACTIONS: '', CI: '', NO_COLOR: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

export type { JsonDiagnostic };

export function jsonDiagnostics(run: CliRun): JsonDiagnostic[] {
  try {
    return (JSON.parse(run.stdout) as JsonReport).diagnostics;
  } catch {
    throw new Error(`pressroom printed no JSON report (exit ${run.code}):\n${run.stdout}\n${run.stderr}`);
  }
}
