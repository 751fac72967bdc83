/**
 * `translation-outdated` on a scratch git history the test makes: sources edited after their
 * translations, a translation that records its source's hash, and the cases without a history.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { check } from '../../src/run/check.js';
import { loadConfig } from '../../src/run/config.js';
import { translationOutdatedRule } from '../../src/rules/translation/translation-outdated.js';
import { describe as describeDiagnostic } from '../helpers/config.js';
import { temporaryDir } from '../helpers/cli.js';
import { git, scratchHistory } from '../helpers/translations.js';

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
