import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { git } from './git.js';

/** How the sites of a checkout are built; `{site}` in a command or path is the site's name. */
export interface BuildSetup {
  /** Run once in a fresh checkout of the base before building; empty: nothing to install. */
  install: string;
  /** Builds one site. */
  build: string;
  /** The built site's folder, relative to the checkout. */
  dist: string;
}

export const defaultBuildSetup: BuildSetup = {
  install: 'pnpm install --frozen-lockfile --prefer-offline',
  build: 'pnpm exec turbo run build --filter=@pressroom/{site}',
  dist: 'apps/{site}/dist',
};

export interface BuildStatus {
  status: 'passed' | 'failed' | 'skipped';
  /** Wall time of the build, in milliseconds. */
  durationMs?: number;
  /** The end of the build's output, for a failed build. */
  logTail?: string;
  /** Where the whole output is, relative to the report folder. */
  log?: string;
}

export const forSite = (template: string, site: string) => template.replaceAll('{site}', site);

/** Runs a shell command in `cwd`, its output to `logFile`; resolves with its exit code. */
export function runLogged(command: string, cwd: string, logFile: string, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  mkdirSync(dirname(logFile), { recursive: true });
  const log = createWriteStream(logFile, { flags: 'a' });
  log.write(`$ ${command}\n`);
  return new Promise((resolve) => {
    const child = spawn(command, { cwd, shell: true, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    child.on('error', (error) => {
      log.end(`\n${error.message}\n`, () => resolve(127));
    });
    child.on('close', (code, signal) => {
      log.end(signal ? `\nstopped by ${signal}\n` : '', () => resolve(code ?? 1));
    });
  });
}

const tail = (file: string, lines = 25) => {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
};

/** Builds one site of a checkout and says how it went. */
export async function buildSite(checkout: string, site: string, setup: BuildSetup, logFile: string, logName: string): Promise<BuildStatus> {
  const started = performance.now();
  const code = await runLogged(forSite(setup.build, site), checkout, logFile);
  const durationMs = Math.round(performance.now() - started);
  if (code === 0) return { status: 'passed', durationMs, log: logName };
  return { status: 'failed', durationMs, logTail: tail(logFile), log: logName };
}

/**
 * A checkout of the base commit beside the repository (a git worktree), made once per commit and
 * kept, so a second report on the same base builds nothing again.
 */
export async function baseCheckout(root: string, commit: string, dir: string, setup: BuildSetup, logFile: string): Promise<{ ok: boolean; logTail?: string }> {
  if (existsSync(dir) && existsSync(`${dir}/.pressroom-pr-report-ready`)) return { ok: true };
  if (existsSync(dir)) {
    await git(root, ['worktree', 'remove', '--force', dir]).catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
    await git(root, ['worktree', 'prune']);
  }
  mkdirSync(dirname(dir), { recursive: true });
  await git(root, ['worktree', 'add', '--detach', '--force', dir, commit]);
  if (setup.install.trim() !== '') {
    const code = await runLogged(setup.install, dir, logFile);
    if (code !== 0) return { ok: false, logTail: tail(logFile) };
  }
  writeFileSync(`${dir}/.pressroom-pr-report-ready`, `${commit}\n`);
  return { ok: true };
}
