import { z } from 'zod';

// Locales in Starlight's own shape, so the docs app hands them to Starlight as they are and the
// checks read the same declaration: which folder holds which language, and which one is the default.

/** The key of the locale served without a path prefix. */
export const rootLocaleKey = 'root';

/** Whether `tag` is a well-formed BCP-47 language tag (`en`, `pt-BR`, `zh-Hans`). */
function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** `tag` in its canonical case (`zh-cn` → `zh-CN`), as Starlight writes it on `<html lang>`. */
function canonicalTag(tag: string): string {
  return Intl.getCanonicalLocales(tag)[0] ?? tag;
}

const languageTag = z.string().refine(isLanguageTag, 'Expected a BCP-47 language tag, e.g. "en", "fr" or "pt-BR"');

export const localeSchema = z
  .strictObject({
    label: z
      .string()
      .min(1)
      .meta({ description: 'The name of the language in the language picker, in that language.', examples: ['Français'] }),
    lang: languageTag.optional().meta({
      description: "The BCP-47 tag of the locale's language, on `<html lang>` and for search and spelling. Required for `root`; another locale's key is its default.",
      examples: ['fr'],
    }),
    dir: z
      .enum(['ltr', 'rtl'])
      .default('ltr')
      .meta({ description: 'The direction the language is written in: `rtl` for Arabic, Hebrew or Persian.', examples: ['rtl'] }),
  })
  .meta({
    description:
      'A locale as Starlight takes it: `label` (its name in the language picker), `lang` (a BCP-47 tag; required for `root`, otherwise the key by default) and `dir` (`ltr` or `rtl`).',
  });

/** The `locales` and `defaultLocale` keys of a site, as Starlight's configuration has them. */
export const localeSettings = {
  locales: z
    .record(
      z.string().regex(/^[A-Za-z0-9][\w-]*$/, 'Expected a locale key made of letters, digits, "-" and "_", e.g. "fr" or "pt-br"'),
      localeSchema,
    )
    .optional()
    .meta({
      description:
        "The languages the site is published in, by the folder of the content directory that holds each (`fr` for `content/docs/fr/`), in Starlight's shape. The key `root` is the language served without a path prefix, from the top of the content directory. A page a locale has not translated is served from the default locale's page. Leave it out for a site in one language (English).",
      examples: [{ root: { label: 'English', lang: 'en' }, fr: { label: 'Français' }, ar: { label: 'العربية', dir: 'rtl' } }],
    }),
  defaultLocale: z
    .string()
    .min(1)
    .optional()
    .meta({
      description:
        'The key of `locales` whose pages the others translate: it fills in the pages and interface text a locale lacks. Leave it out when `locales` has a `root`, which is then the default.',
      examples: ['en'],
    }),
};

/** What `localeSettings` gives a site after validation. */
export interface LocaleSettings {
  locales?: Record<string, { label: string; lang?: string | undefined; dir: 'ltr' | 'rtl' }> | undefined;
  defaultLocale?: string | undefined;
}

/**
 * Reports what Starlight would refuse in a site's locales: a `root` without `lang`, and no default
 * locale (a `defaultLocale` that names no key, or neither it nor a `root`).
 */
export function checkLocaleSettings(site: LocaleSettings, context: z.RefinementCtx): void {
  const { locales, defaultLocale } = site;
  if (locales === undefined) {
    if (defaultLocale !== undefined) {
      context.addIssue({ code: 'custom', path: ['defaultLocale'], message: 'Unexpected `defaultLocale` without `locales`, expected `locales` to declare it' });
    }
    return;
  }
  const keys = Object.keys(locales);
  const root = locales[rootLocaleKey];
  if (root !== undefined && root.lang === undefined) {
    context.addIssue({ code: 'custom', path: ['locales', rootLocaleKey, 'lang'], message: 'Expected `lang` on the root locale: its key says nothing of its language' });
  }
  for (const key of keys) {
    if (key !== rootLocaleKey && locales[key]!.lang === undefined && !isLanguageTag(key)) {
      context.addIssue({
        code: 'custom',
        path: ['locales', key, 'lang'],
        message: `Expected \`lang\`: the key "${key}" is not a BCP-47 language tag to default to`,
      });
    }
  }
  if (keys.length === 0) {
    context.addIssue({ code: 'custom', path: ['locales'], message: 'Expected at least one locale, or no `locales` at all' });
    return;
  }
  const wanted = defaultLocale ?? rootLocaleKey;
  if (locales[wanted] === undefined && (keys.length > 1 || root === undefined)) {
    context.addIssue({
      code: 'custom',
      path: ['defaultLocale'],
      message:
        defaultLocale === undefined
          ? `Expected \`defaultLocale\` (one of ${keys.map((key) => `"${key}"`).join(', ')}): without a \`root\` locale, the default must be named`
          : `Unexpected defaultLocale "${defaultLocale}", expected one of ${keys.map((key) => `"${key}"`).join(', ')}`,
    });
  }
}

/** One locale of a site, normalised. */
export interface SiteLocale {
  /** The key in `locales` (`root` for the unprefixed one, and for a site without `locales`). */
  key: string;
  /** The folder of the content directory and the URL segment of its pages: `''` for `root`. */
  prefix: string;
  /** The BCP-47 tag of its language, canonical case (`pt-BR`). */
  lang: string;
  dir: 'ltr' | 'rtl';
  label: string;
  /** Whether its pages are the source the others translate and the fallback they lack. */
  isDefault: boolean;
}

/** The locale of a site that declares none: English, unprefixed. */
const englishOnly: SiteLocale = { key: rootLocaleKey, prefix: '', lang: 'en', dir: 'ltr', label: 'English', isDefault: true };

/**
 * The locales of a site, the default first, then in the order the config lists them. A site
 * without `locales` has one: English, served without a prefix.
 */
export function siteLocales(site: LocaleSettings): SiteLocale[] {
  const { locales } = site;
  if (locales === undefined || Object.keys(locales).length === 0) return [{ ...englishOnly }];
  const defaultKey = site.defaultLocale ?? rootLocaleKey;
  const list = Object.entries(locales).map(([key, locale]): SiteLocale => {
    const lang = locale.lang ?? (key === rootLocaleKey ? 'en' : key);
    return {
      key,
      prefix: key === rootLocaleKey ? '' : key,
      lang: isLanguageTag(lang) ? canonicalTag(lang) : lang,
      dir: locale.dir ?? 'ltr',
      label: locale.label,
      // A lone root locale is the default whatever `defaultLocale` says, as in Starlight.
      isDefault: key === defaultKey || Object.keys(locales).length === 1,
    };
  });
  return list.sort((a, b) => Number(b.isDefault) - Number(a.isDefault));
}

/** The default locale of a site: the one the others translate and fall back to. */
export function defaultSiteLocale(site: LocaleSettings): SiteLocale {
  return siteLocales(site)[0]!;
}

/** Where a content file sits among a site's locales. */
export interface PathLocale {
  locale: SiteLocale;
  /**
   * The path, inside the content directory, of the default locale's page this file translates
   * (`fr/guides/x.md` → `guides/x.md` with a root default); a default-locale file's own path.
   */
  sourcePath: string;
  /** The path below the locale's folder, the same in every locale (`guides/x.md`). */
  localPath: string;
}

/**
 * The locale of a file from its path inside the site's content directory (`/`-separated): the
 * prefixed locale whose folder it sits in, else the root locale. A file outside every locale
 * folder of a site without a root locale belongs to the default one.
 */
export function localeOfPath(site: LocaleSettings, pathInContentDir: string): PathLocale {
  const path = pathInContentDir.replaceAll('\\', '/').replace(/^(?:\.\/|\/)+/, '');
  const locales = siteLocales(site);
  const defaultLocale = locales[0]!;
  const slash = path.indexOf('/');
  const first = slash === -1 ? undefined : path.slice(0, slash);
  const prefixed = first === undefined ? undefined : locales.find((locale) => locale.prefix !== '' && locale.prefix === first);
  const root = locales.find((candidate) => candidate.prefix === '');
  if (prefixed === undefined && root === undefined) return { locale: defaultLocale, localPath: path, sourcePath: path };
  const locale = prefixed ?? root!;
  const localPath = prefixed ? path.slice(slash + 1) : path;
  return { locale, localPath, sourcePath: localizedPath(defaultLocale, localPath) };
}

/** The path inside the content directory of `localPath` (`guides/x.md`) in `locale`. */
export function localizedPath(locale: Pick<SiteLocale, 'prefix'>, localPath: string): string {
  return locale.prefix === '' ? localPath : `${locale.prefix}/${localPath}`;
}
