import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusProfiles, generateCorpus, repoRoot } from '../src/corpus.ts';

const bin = join(repoRoot, 'packages/check/bin/pressroom.js');
const work = mkdtempSync(join(tmpdir(), 'pressroom-suggestion-identity-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The check's JSON report of `dir`, its smaller word lists searched as one (the default) or each on its own. */
function report(dir: string, searchEachDictionary: boolean): string {
  const env = { ...process.env, PRESSROOM_SUGGESTIONS_PER_DICTIONARY: searchEachDictionary ? '1' : '' };
  const run = spawnSync(process.execPath, [bin, 'check', '--no-cache', '--format', 'json'], { cwd: dir, env, encoding: 'utf8', maxBuffer: 1 << 30 });
  // 1: findings, which both corpora plant.
  expect(run.status, run.stderr).toBe(1);
  return run.stdout;
}

describe('suggestions when the word lists are searched as one', () => {
  // Each profile at a size that holds its traits: the real-like one thousands of unknown names.
  it.each(corpusProfiles.map((profile) => [profile, profile === 'real' ? 150 : 300] as const))(
    'leave every finding of the %s profile as searching each dictionary gives it',
    (profile, posts) => {
      const dir = join(work, profile);
      generateCorpus({ posts, profile, outDir: dir });
      const joined = report(dir, false);
      const each = report(dir, true);
      const diagnostics = (JSON.parse(joined) as { diagnostics: { ruleId: string; message: string }[] }).diagnostics;
      const suggested = diagnostics.filter((diagnostic) => diagnostic.ruleId === 'spelling' && diagnostic.message.includes('such as'));
      // Not vacuous: many findings come with suggestions, and on the real-like profile many names without.
      expect(suggested.length).toBeGreaterThan(100);
      if (profile === 'real') expect(diagnostics.filter((diagnostic) => diagnostic.ruleId === 'spelling').length).toBeGreaterThan(2 * suggested.length);
      expect(joined).toBe(each);
    },
    600_000,
  );
});
