/**
 * The outdated banner and the status page's parts, built by the functions the site uses from the
 * translation status of a fixture docs site (test/fixtures/translations): English pages, French
 * and German translations, one of each behind its source by its recorded hash.
 */
import { fileURLToPath } from 'node:url';
import { loadSiteConfig } from '@pressroom/site-config';
import { translationStatus } from '@pressroom/site-config/translations';
import { describe, expect, test } from 'vitest';
import { addOutdatedBanner, outdatedNotice, startingFrontmatter, totalsLine, type BannerRoute } from '../src/translations.ts';

const fixture = fileURLToPath(new URL('fixtures/translations/', import.meta.url));
const status = await translationStatus(loadSiteConfig(fixture));
const route = (banner?: string, isFallback = false): BannerRoute => ({ isFallback, entry: { data: banner === undefined ? {} : { banner: { content: banner } } } });

describe('the outdated banner', () => {
  test('an outdated French page gets the French notice, linking to its source page', () => {
    const page = route();
    addOutdatedBanner(page, '/fr/guides/setup/', status);
    expect(page.entry.data.banner?.content).toBe(
      '<span class="pressroom-outdated-translation">La page d’origine a changé depuis cette traduction : certains passages de cette page peuvent ne plus être à jour. <a href="/guides/setup/">Lire la page d’origine</a></span>',
    );
  });

  test('a language without its own notice gets the English one, marked as English', () => {
    const page = route();
    addOutdatedBanner(page, '/de/guides/setup/', status);
    expect(page.entry.data.banner?.content).toBe(
      '<span class="pressroom-outdated-translation" lang="en">The source page changed since this translation was made: parts of this page may be out of date. <a href="/guides/setup/">Read the source page</a></span>',
    );
    expect(outdatedNotice('fr-CA').lang).toBe('fr');
  });

  test('an up-to-date translation, a source page and a fallback page get none', () => {
    for (const [pathname, fallback] of [
      ['/fr/guides/kept/', false],
      ['/guides/setup/', false],
      // Starlight serves the English page at the French address of a page French lacks.
      ['/fr/guides/new/', true],
    ] as const) {
      const page = route(undefined, fallback);
      addOutdatedBanner(page, pathname, status);
      expect(page.entry.data.banner, pathname).toBeUndefined();
    }
  });

  test("a page's own banner stays, after the notice", () => {
    const page = route('Written in the frontmatter.');
    addOutdatedBanner(page, '/fr/guides/setup/', status);
    expect(page.entry.data.banner?.content).toMatch(/^<span class="pressroom-outdated-translation">La page d’origine .*<\/span> Written in the frontmatter\.$/);
  });
});

describe('the status page', () => {
  test('totals each locale and tells how to start a missing page', () => {
    expect(status.locales.map((locale) => [locale.key, totalsLine(locale.totals)])).toEqual([
      ['fr', '1 up to date, 1 outdated, 1 missing of 3 pages'],
      ['de', '1 up to date, 1 outdated, 1 missing of 3 pages'],
    ]);
    const missing = status.locales[0]!.pages.find((page) => page.status === 'missing')!;
    expect(missing.path).toBe('content/docs/fr/guides/new.md');
    expect(startingFrontmatter(missing)).toBe(`---\ntitle: "New page"\ntranslation:\n  sourceHash: '${missing.sourceHash.slice(0, 12)}'\n---\n`);
  });
});
