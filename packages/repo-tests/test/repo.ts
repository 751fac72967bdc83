import { readdirSync, readFileSync } from 'node:fs';
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
