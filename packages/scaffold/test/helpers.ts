import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
export const fixtureRepo = join(here, 'fixtures', 'repo');
export const binPath = join(here, '..', 'bin', 'pressroom-new.js');

const made: string[] = [];

/** A fresh copy of the fixture repository (with its own pressroom.config.json), removed after the test. */
export function tempRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pressroom-scaffold-'));
  cpSync(fixtureRepo, dir, { recursive: true });
  made.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
