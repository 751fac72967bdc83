import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export interface PackageManifest {
  name: string;
  version: string;
  private?: boolean;
  license?: string;
  sideEffects?: boolean;
  exports?: unknown;
  files?: string[];
  repository?: { type?: string; url?: string; directory?: string };
  publishConfig?: { access?: string; provenance?: boolean };
  bin?: Record<string, string>;
}

export interface WorkspacePackage {
  dir: string;
  folder: string;
  manifest: PackageManifest;
}

/** Every package under packages/ that is published: those not marked `private`. */
export function publicPackages(): WorkspacePackage[] {
  const packagesDir = join(repoRoot, 'packages');
  return readdirSync(packagesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      const dir = join(packagesDir, entry.name);
      let manifest: PackageManifest;
      try {
        manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageManifest;
      } catch {
        return [];
      }
      return manifest.private ? [] : [{ dir, folder: entry.name, manifest }];
    })
    .sort((a, b) => a.folder.localeCompare(b.folder));
}

/** Runs git with a fixed identity, so commits work on machines with no git config. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=repo-tests', '-c', 'user.email=repo-tests@localhost', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/**
 * A copy of the repository's files (tracked and new, nothing ignored: no node_modules, no dist) in
 * its own git repository on branch `main`, so tests can edit and commit without touching the real
 * working tree. The caller removes it.
 */
export function scratchRepository(prefix: string): string {
  const scratch = mkdtempSync(join(tmpdir(), prefix));
  const files = git(repoRoot, 'ls-files', '-z', '--cached', '--others', '--exclude-standard').split('\0').filter(Boolean);
  for (const file of files) {
    try {
      mkdirSync(dirname(join(scratch, file)), { recursive: true });
      copyFileSync(join(repoRoot, file), join(scratch, file));
    } catch (error) {
      // A file deleted in the working tree but still in the index is simply absent.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  git(scratch, 'init', '-q', '-b', 'main');
  git(scratch, 'add', '-A');
  git(scratch, 'commit', '-q', '-m', 'scratch copy');
  return scratch;
}
