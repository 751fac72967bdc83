import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { contentExtensionPattern } from '@pressroom/site-config';
import type { SourceInput } from '../run/check.js';
import { GitError } from './git.js';

const run = promisify(execFile);

/**
 * `--staged`: the Markdown and MDX files staged in git, with the bytes that are staged (not those
 * in the working tree), so a pre-commit hook checks what the commit will hold. `within` (repository
 * paths) narrows them to the paths given on the command line.
 */
export async function stagedSources(root: string, within?: readonly string[]): Promise<SourceInput[]> {
  let names: string;
  try {
    ({ stdout: names } = await run('git', ['diff', '--cached', '--relative', '--name-only', '--diff-filter=ACMR', '--no-renames', '-z'], { cwd: root, maxBuffer: 64 * 1024 * 1024 }));
  } catch (error) {
    throw new GitError(`git diff --cached failed: ${(error as { stderr?: string }).stderr?.trim() ?? (error as Error).message}`);
  }
  const files = names
    .split('\0')
    .filter((name) => name !== '' && contentExtensionPattern.test(name))
    .filter((name) => !within || within.length === 0 || within.some((path) => path === '' || path === '.' || name === path || name.startsWith(`${path.replace(/\/+$/, '')}/`)));
  const sources: SourceInput[] = [];
  for (const name of files) {
    const { stdout } = await run('git', ['show', `:./${name}`], { cwd: root, encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 });
    sources.push({ relativePath: name, bytes: new Uint8Array(stdout) });
  }
  return sources;
}
