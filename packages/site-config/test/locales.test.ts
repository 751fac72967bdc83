import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { defaultSiteLocale, localeOfPath, localizedPath, parseSiteConfig, SiteConfigError, siteLocales } from '../src/index.js';

const minimal = readFileSync(new URL('fixtures/configs/valid/minimal.json', import.meta.url), 'utf8');
const multilingual = readFileSync(new URL('fixtures/configs/valid/locales.json', import.meta.url), 'utf8');

/** The docs site of the minimal config with `locales` and `defaultLocale` set as given. */
function docsWith(settings: Record<string, unknown>) {
  const config = JSON.parse(minimal);
  Object.assign(config.sites.docs, settings);
  return parseSiteConfig(JSON.stringify(config), 'pressroom.config.json').sites.docs;
}

function errorOf(settings: Record<string, unknown>): string {
  try {
    docsWith(settings);
  } catch (error) {
    expect(error).toBeInstanceOf(SiteConfigError);
    return (error as Error).message;
  }
  throw new Error('expected the config to be refused');
}

describe('siteLocales', () => {
  test('a site without locales is one English locale, unprefixed and default', () => {
    expect(siteLocales(docsWith({}))).toEqual([{ key: 'root', prefix: '', lang: 'en', dir: 'ltr', label: 'English', isDefault: true }]);
  });

  test('lists the declared locales, the default first, with lang defaulting to the key and in canonical case', () => {
    const docs = parseSiteConfig(multilingual, 'locales.json').sites.docs;
    expect(siteLocales(docs)).toEqual([
      { key: 'root', prefix: '', lang: 'en', dir: 'ltr', label: 'English', isDefault: true },
      { key: 'fr', prefix: 'fr', lang: 'fr', dir: 'ltr', label: 'Français', isDefault: false },
      { key: 'pt-br', prefix: 'pt-br', lang: 'pt-BR', dir: 'ltr', label: 'Português do Brasil', isDefault: false },
      { key: 'ar', prefix: 'ar', lang: 'ar', dir: 'rtl', label: 'العربية', isDefault: false },
    ]);
  });

  test('a named defaultLocale without a root is the default, listed first', () => {
    const docs = docsWith({ defaultLocale: 'en', locales: { fr: { label: 'Français' }, en: { label: 'English' }, 'zh-cn': { label: '简体中文' } } });
    expect(siteLocales(docs).map(({ key, lang, isDefault }) => [key, lang, isDefault])).toEqual([
      ['en', 'en', true],
      ['fr', 'fr', false],
      ['zh-cn', 'zh-CN', false],
    ]);
    expect(defaultSiteLocale(docs).key).toBe('en');
  });

  test('a lone root locale is the default', () => {
    expect(siteLocales(docsWith({ locales: { root: { label: 'Deutsch', lang: 'de' } } }))).toEqual([
      { key: 'root', prefix: '', lang: 'de', dir: 'ltr', label: 'Deutsch', isDefault: true },
    ]);
  });
});

describe('localeOfPath', () => {
  const docs = parseSiteConfig(multilingual, 'locales.json').sites.docs;

  test('a translated file points at the root page it translates', () => {
    const found = localeOfPath(docs, 'fr/guides/x.md');
    expect(found.locale.key).toBe('fr');
    expect(found.sourcePath).toBe('guides/x.md');
    expect(found.localPath).toBe('guides/x.md');
    expect(localeOfPath(docs, 'pt-br/index.mdx')).toMatchObject({ locale: { key: 'pt-br' }, sourcePath: 'index.mdx' });
  });

  test('a root file, and a file in a folder that only starts like a locale, is its own source', () => {
    expect(localeOfPath(docs, 'guides/x.md')).toMatchObject({ locale: { key: 'root', isDefault: true }, sourcePath: 'guides/x.md' });
    expect(localeOfPath(docs, 'french/x.md')).toMatchObject({ locale: { key: 'root' }, sourcePath: 'french/x.md' });
    // A file named like a locale is not in its folder.
    expect(localeOfPath(docs, 'fr.md')).toMatchObject({ locale: { key: 'root' }, sourcePath: 'fr.md' });
  });

  test('with a prefixed default locale, a translation points into its folder', () => {
    const prefixed = docsWith({ defaultLocale: 'en', locales: { en: { label: 'English' }, de: { label: 'Deutsch' } } });
    expect(localeOfPath(prefixed, 'de/start/a.md')).toMatchObject({ locale: { key: 'de' }, sourcePath: 'en/start/a.md', localPath: 'start/a.md' });
    expect(localeOfPath(prefixed, 'en/start/a.md')).toMatchObject({ locale: { key: 'en', isDefault: true }, sourcePath: 'en/start/a.md' });
    // Outside every locale folder: the default locale's, its own source.
    expect(localeOfPath(prefixed, 'stray.md')).toMatchObject({ locale: { key: 'en' }, sourcePath: 'stray.md' });
    expect(localizedPath(siteLocales(prefixed)[1]!, 'start/a.md')).toBe('de/start/a.md');
  });

  test('without locales, every file is its own source', () => {
    expect(localeOfPath(docsWith({}), 'fr/guides/x.md')).toMatchObject({ locale: { key: 'root', lang: 'en' }, sourcePath: 'fr/guides/x.md' });
  });
});

describe('validation, as Starlight validates', () => {
  test('a root locale needs lang', () => {
    expect(errorOf({ locales: { root: { label: 'English' }, fr: { label: 'Français' } } })).toMatch(/sites\.docs\.locales\.root\.lang: Expected `lang` on the root locale/);
  });

  test('lang must be a BCP-47 tag, and a key that is not one needs lang', () => {
    expect(errorOf({ locales: { root: { label: 'English', lang: 'english!' } } })).toMatch(/sites\.docs\.locales\.root\.lang: Expected a BCP-47 language tag/);
    expect(errorOf({ locales: { root: { label: 'English', lang: 'en' }, brazilian_portuguese: { label: 'Português' } } })).toMatch(
      /sites\.docs\.locales\.brazilian_portuguese\.lang: Expected `lang`: the key "brazilian_portuguese" is not a BCP-47 language tag/,
    );
  });

  test('defaultLocale must name a locale, and is needed without a root', () => {
    expect(errorOf({ defaultLocale: 'de', locales: { en: { label: 'English' }, fr: { label: 'Français' } } })).toMatch(
      /sites\.docs\.defaultLocale: Unexpected defaultLocale "de", expected one of "en", "fr"/,
    );
    expect(errorOf({ locales: { en: { label: 'English' }, fr: { label: 'Français' } } })).toMatch(/sites\.docs\.defaultLocale: Expected `defaultLocale` \(one of "en", "fr"\)/);
    expect(errorOf({ defaultLocale: 'en' })).toMatch(/sites\.docs\.defaultLocale: Unexpected `defaultLocale` without `locales`/);
  });

  test('a locale key is one URL segment, and a locale has no unknown keys', () => {
    expect(errorOf({ locales: { root: { label: 'English', lang: 'en' }, 'fr/ca': { label: 'Français' } } })).toMatch(/Expected a locale key made of letters/);
    expect(errorOf({ locales: { root: { label: 'English', lang: 'en', direction: 'ltr' } } })).toMatch(/Unexpected key "direction"/);
  });

  test("defaultLocale 'root' names the root locale", () => {
    expect(defaultSiteLocale(docsWith({ defaultLocale: 'root', locales: { root: { label: 'English', lang: 'en' }, fr: { label: 'Français' } } })).key).toBe('root');
  });
});
