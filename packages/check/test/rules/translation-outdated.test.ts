/**
 * `translation-outdated` on a scratch git history the test makes: sources edited after their
 * translations, a translation that records its source's hash, and the cases without a history.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { check } from '../../src/run/check.js';
import { loadConfig } from '../../src/run/config.js';
import { translationOutdatedRule } from '../../src/rules/translation/translation-outdated.js';
import { describe as describeDiagnostic } from '../helpers/config.js';
import { temporaryDir } from '../helpers/cli.js';

const fixture = fileURLToPath(new URL('../fixtures/translations/', import.meta.url));

function git(dir: string, args: string[], date?: string): string {
  return execFileSync('git', ['-c', 'user.name=Writer', '-c', 'user.email=writer@example.com', '-c', 'commit.gpgsign=false', ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) },
  });
}

/** The fixture's pages committed, then its `later/` versions of three sources committed a day after. */
function scratchHistory(): string {
  const dir = temporaryDir('translations');
  cpSync(join(fixture, 'pressroom.config.json'), join(dir, 'pressroom.config.json'));
  cpSync(join(fixture, 'content'), join(dir, 'content'), { recursive: true });
  git(dir, ['init', '--quiet', '--initial-branch=main']);
  git(dir, ['add', '.']);
  git(dir, ['commit', '--quiet', '-m', 'Write the pages and their translations'], '2026-01-10T10:00:00Z');
  cpSync(join(fixture, 'later/content'), join(dir, 'content'), { recursive: true });
  git(dir, ['commit', '--quiet', '-am', 'Edit three sources'], '2026-01-11T10:00:00Z');
  return dir;
}

async function run(dir: string) {
  const result = await check({ config: loadConfig(dir), rules: [translationOutdatedRule], style: false });
  return { findings: result.files.flatMap((file) => file.diagnostics).map((diagnostic) => describeDiagnostic(diagnostic, true)).sort(), notes: result.notes };
}

test('a translation is outdated once its source changes after it, with the sections that changed', async () => {
  const dir = scratchHistory();
  const { findings, notes } = await run(dir);
  expect(findings).toEqual([
    // Its recorded hash is its source's first version's; the sections are found against that version.
    'content/docs/fr/guides/recorded.md:2:8-2:19: Unexpected outdated translation of `content/docs/guides/recorded.md`, which changed in `Configure` since it was translated, expected this page updated to it',
    // No recorded hash: git says the source changed after the translation's last commit.
    'content/docs/fr/guides/setup.md:2:8-2:20: Unexpected outdated translation of `content/docs/guides/setup.md`, which changed in `Use` since it was translated, expected this page updated to it',
  ]);
  // `current.md` records the hash of its source's newer version: up to date, whatever git's dates say.
  expect(notes).toEqual([]);
});

test('updating the translation after its source makes it current again', async () => {
  const dir = scratchHistory();
  git(dir, ['commit', '--quiet', '--allow-empty', '-m', 'Nothing'], '2026-01-12T10:00:00Z');
  // Translated again in a later commit: git's dates now say current.
  execFileSync('sh', ['-c', 'printf "\\nLancez aussi la vérification des seuls fichiers modifiés.\\n" >> content/docs/fr/guides/setup.md'], { cwd: dir });
  git(dir, ['commit', '--quiet', '-am', 'Update the French setup page'], '2026-01-13T10:00:00Z');
  const { findings } = await run(dir);
  expect(findings.map((finding) => finding.split(':')[0])).toEqual(['content/docs/fr/guides/recorded.md']);
});

test('the finding tells the hash to record, and a recorded hash that no longer matches names the sections', async () => {
  const dir = scratchHistory();
  const result = await check({ config: loadConfig(dir), rules: [translationOutdatedRule], style: false });
  const recorded = result.files.find((file) => file.file.relativePath === 'content/docs/fr/guides/recorded.md')!.diagnostics[0]!;
  const hash = execFileSync('sha256sum', ['content/docs/guides/recorded.md'], { cwd: dir, encoding: 'utf8' }).slice(0, 12);
  expect(recorded.note).toContain(`translation: { sourceHash: '${hash}' }`);
  expect(recorded.severity).toBe('warning');
});

test('without a git history there is no finding from git and one note; a shallow clone is said to be one', async () => {
  const dir = scratchHistory();
  rmSync(join(dir, '.git'), { recursive: true, force: true });
  const plain = await run(dir);
  // The recorded hash still tells that `recorded.md` is outdated, without naming its sections.
  expect(plain.findings).toEqual([
    'content/docs/fr/guides/recorded.md:2:8-2:19: Unexpected outdated translation of `content/docs/guides/recorded.md`, which changed since it was translated, expected this page updated to it',
  ]);
  expect(plain.notes).toEqual(['translation-outdated: translations without a recorded sourceHash not compared, as this is not a git repository with commits']);

  const source = scratchHistory();
  const shallow = join(temporaryDir('translations-shallow'), 'clone');
  git(source, ['clone', '--quiet', '--depth', '1', `file://${source}`, shallow]);
  const cloned = await run(shallow);
  expect(cloned.findings.map((finding) => finding.split(':')[0])).toEqual(['content/docs/fr/guides/recorded.md']);
  expect(cloned.notes).toHaveLength(1);
  expect(cloned.notes[0]).toMatch(/shallow clone/);
});
