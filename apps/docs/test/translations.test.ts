/**
 * The outdated banner and the status page's parts, built by the functions the site uses from the
 * translation status of a fixture docs site (test/fixtures/translations): English pages, French
 * and German translations, one of each behind its source by its recorded hash.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadSiteConfig } from '@pressroom/site-config';
import { translationStatus } from '@pressroom/site-config/translations';
import i18next from 'i18next';
import { describe, expect, test } from 'vitest';
import { addOutdatedBanner, outdatedNotice, startingFrontmatter, totalsLine, type BannerRoute, type UiStrings } from '../src/translations.ts';

const fixture = fileURLToPath(new URL('fixtures/translations/', import.meta.url));
const status = await translationStatus(loadSiteConfig(fixture));
const route = (banner?: string, isFallback = false): BannerRoute => ({ isFallback, entry: { data: banner === undefined ? {} : { banner: { content: banner } } } });

// The app's UI strings in an i18next instance set up as Starlight sets up its own (one namespace,
// the default locale's language as the fallback), and `t` for a language as `Astro.locals.t` is.
const stringsDir = new URL('../src/content/i18n/', import.meta.url);
const strings = Object.fromEntries(
  readdirSync(stringsDir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => [name.replace(/\.json$/, ''), { starlight: JSON.parse(readFileSync(new URL(name, stringsDir), 'utf8')) }]),
);
const i18n = i18next.createInstance();
await i18n.init({ resources: { ...strings, de: { starlight: {} } }, fallbackLng: 'en' });
const uiStrings = (lang: string): UiStrings =>
  Object.assign(i18n.getFixedT(lang, 'starlight'), { exists: (key: string, options = {}) => i18n.exists(key, { lng: lang, ns: 'starlight', ...options }) }) as unknown as UiStrings;
const notice = (lang: string) => outdatedNotice(uiStrings(lang), lang, 'en');

describe('the outdated banner', () => {
  test('an outdated French page gets the French notice, linking to its source page', () => {
    const page = route();
    addOutdatedBanner(page, '/fr/guides/setup/', status, notice);
    expect(page.entry.data.banner?.content).toBe(
      '<span class="pressroom-outdated-translation">La page d’origine a changé depuis cette traduction : certains passages de cette page peuvent ne plus être à jour. <a href="/guides/setup/">Lire la page d’origine</a></span>',
    );
  });

  test('a language without its own notice gets the English one, marked as English', () => {
    const page = route();
    addOutdatedBanner(page, '/de/guides/setup/', status, notice);
    expect(page.entry.data.banner?.content).toBe(
      '<span class="pressroom-outdated-translation" lang="en">The source page changed since this translation was made: parts of this page may be out of date. <a href="/guides/setup/">Read the source page</a></span>',
    );
    // A regional variant reads its base language's strings, in its own tag.
    expect(notice('fr-CA')).toMatchObject({ lang: 'fr-CA', link: 'Lire la page d’origine' });
  });

  test('an up-to-date translation, a source page and a fallback page get none', () => {
    for (const [pathname, fallback] of [
      ['/fr/guides/kept/', false],
      ['/guides/setup/', false],
      // Starlight serves the English page at the French address of a page French lacks.
      ['/fr/guides/new/', true],
    ] as const) {
      const page = route(undefined, fallback);
      addOutdatedBanner(page, pathname, status, notice);
      expect(page.entry.data.banner, pathname).toBeUndefined();
    }
  });

  test("a page's own banner stays, after the notice", () => {
    const page = route('Written in the frontmatter.');
    addOutdatedBanner(page, '/fr/guides/setup/', status, notice);
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
