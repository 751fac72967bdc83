/**
 * The translation status a docs site's status page renders, on a scratch git history, and the
 * staleness path end to end: a source edited after its translation is reported by the rule and
 * listed as outdated by the status, from the same repository.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { loadSiteConfig } from '@pressroom/site-config';
import { translationStatus } from '../../src/index.js';
import { check } from '../../src/run/check.js';
import { loadConfig } from '../../src/run/config.js';
import { translationOutdatedRule } from '../../src/rules/translation/translation-outdated.js';
import { git, scratchHistory } from '../helpers/translations.js';

const sha256 = (dir: string, path: string) => execFileSync('sha256sum', [path], { cwd: dir, encoding: 'utf8' }).slice(0, 64);

test('each page of the default locale is done, outdated with its changed sections, or missing, per locale', async () => {
  const dir = scratchHistory();
  const status = await translationStatus(loadSiteConfig(dir));
  expect(status.noHistory).toBeUndefined();
  expect(status.locales.map((locale) => [locale.key, locale.lang, locale.label])).toEqual([['fr', 'fr', 'Français']]);
  const pages = status.locales[0]!.pages.map((page) => ({ source: page.sourcePath, status: page.status, changed: page.changed, route: page.route }));
  expect(pages).toEqual([
    { source: 'content/docs/guides/current.md', status: 'done', changed: [], route: '/fr/guides/current/' },
    { source: 'content/docs/guides/other.md', status: 'done', changed: [], route: '/fr/guides/other/' },
    { source: 'content/docs/guides/recorded.md', status: 'outdated', changed: ['Configure'], route: '/fr/guides/recorded/' },
    { source: 'content/docs/guides/setup.md', status: 'outdated', changed: ['Use'], route: '/fr/guides/setup/' },
    // Not translated: Starlight serves the English page at the French route.
    { source: 'content/docs/guides/untranslated.md', status: 'missing', changed: [], route: '/fr/guides/untranslated/' },
  ]);
  expect(status.locales[0]!.totals).toEqual({ done: 2, outdated: 2, missing: 1, unknown: 0 });
});

test('a page says what a status page shows of it: titles, hashes, dates and the file to create', async () => {
  const dir = scratchHistory();
  const [french] = (await translationStatus(loadSiteConfig(dir))).locales;
  const byPath = new Map(french!.pages.map((page) => [page.sourcePath, page]));
  const recorded = byPath.get('content/docs/guides/recorded.md')!;
  expect(recorded).toMatchObject({
    sourceTitle: 'Recorded',
    sourceRoute: '/guides/recorded/',
    sourceHash: sha256(dir, 'content/docs/guides/recorded.md'),
    path: 'content/docs/fr/guides/recorded.md',
    recordedHash: '509d1844af02',
    // The source's edit a day after the translation, as the scratch history dates them.
    sourceUpdated: '2026-01-11T10:00:00.000Z',
    translationUpdated: '2026-01-10T10:00:00.000Z',
  });
  const missing = byPath.get('content/docs/guides/untranslated.md')!;
  expect(missing).toMatchObject({ status: 'missing', path: 'content/docs/fr/guides/untranslated.md', sourceRoute: '/guides/untranslated/' });
  expect(missing.recordedHash).toBeUndefined();
  expect(missing.translationUpdated).toBeUndefined();
});

test('a source edited after its translation: the rule reports it and the status lists it as outdated', async () => {
  const dir = scratchHistory();
  const outdated = async () => {
    const result = await check({ config: loadConfig(dir), rules: [translationOutdatedRule], style: false });
    const reported = result.files.filter((file) => file.diagnostics.length > 0).map((file) => file.file.relativePath);
    const [french] = (await translationStatus(loadSiteConfig(dir))).locales;
    return { reported, listed: french!.pages.filter((page) => page.status === 'outdated').map((page) => page.path) };
  };
  expect(await outdated()).toEqual({
    reported: ['content/docs/fr/guides/recorded.md', 'content/docs/fr/guides/setup.md'],
    listed: ['content/docs/fr/guides/recorded.md', 'content/docs/fr/guides/setup.md'],
  });
  // `other.md` was translated with its source; an edit of the source in a later commit leaves it behind.
  appendFileSync(join(dir, 'content/docs/guides/other.md'), '\n## Later\n\nA section the translation lacks.\n');
  git(dir, ['commit', '--quiet', '-am', 'Edit the other source'], '2026-01-12T10:00:00Z');
  expect(await outdated()).toEqual({
    reported: ['content/docs/fr/guides/other.md', 'content/docs/fr/guides/recorded.md', 'content/docs/fr/guides/setup.md'],
    listed: ['content/docs/fr/guides/other.md', 'content/docs/fr/guides/recorded.md', 'content/docs/fr/guides/setup.md'],
  });
  const [french] = (await translationStatus(loadSiteConfig(dir))).locales;
  expect(french!.pages.find((page) => page.path === 'content/docs/fr/guides/other.md')!.changed).toEqual(['Later']);
});

test('without a history, a recorded hash still decides and a translation without one is unknown', async () => {
  const dir = scratchHistory();
  rmSync(join(dir, '.git'), { recursive: true, force: true });
  const status = await translationStatus(loadSiteConfig(dir));
  expect(status.noHistory).toBe('not a git repository with commits');
  const states = Object.fromEntries(status.locales[0]!.pages.map((page) => [page.sourcePath, page.status]));
  expect(states).toEqual({
    'content/docs/guides/current.md': 'done',
    'content/docs/guides/other.md': 'unknown',
    'content/docs/guides/recorded.md': 'outdated',
    'content/docs/guides/setup.md': 'unknown',
    'content/docs/guides/untranslated.md': 'missing',
  });
  expect(status.locales[0]!.pages.every((page) => page.sourceUpdated === undefined)).toBe(true);
});
