/** The translation status a docs site's status page renders, on a scratch git history. */
import { expect, test } from 'vitest';
import { loadSiteConfig } from '@pressroom/site-config';
import { translationStatus } from '../../src/index.js';
import { scratchHistory } from '../helpers/translations.js';

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
  expect(status.locales[0]!.pages.find((page) => page.status === 'missing')!.sourceRoute).toBe('/guides/untranslated/');
});
