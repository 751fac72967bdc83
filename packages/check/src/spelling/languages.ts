/**
 * The language a file is spelled in, when its site's locale gives it one (`sites.<name>.locales`,
 * each locale's `lang`), and the cspell dictionary packages that know it. cspell itself picks a
 * file's dictionaries by its `language` setting (`languageSettings` entries with a `locale`); a
 * locale only sets that setting, so the editor's cspell agrees once its configuration says the same
 * (an `overrides` entry with the locale folder's `filename` and `language`, see the docs' spelling
 * reference).
 */
import { createRequire } from 'node:module';

/**
 * The dictionary packages this package depends on, by primary language subtag. A package a
 * repository's cspell configuration imports itself (`@cspell/dict-it-it/cspell-ext.json`) adds its
 * language the same way: cspell finds its `languageSettings`.
 */
const shippedLanguagePackages: Readonly<Record<string, string>> = {
  de: '@cspell/dict-de-de',
  es: '@cspell/dict-es-es',
  fr: '@cspell/dict-fr-fr',
};

/** The languages whose dictionary package this package depends on: the build compiles them. */
export const shippedLanguages: readonly string[] = Object.keys(shippedLanguagePackages);

/** A `lang` as cspell's `language` setting reads it: `pt-BR`, `fr`; `''` for none. */
export function cspellLanguage(lang: string | undefined): string {
  return (lang ?? '').trim();
}

/** English is what cspell knows without a package: its bundled dictionaries. */
export function isEnglish(language: string): boolean {
  return language === '' || /^en(?:[-_]|$)/i.test(language);
}

/**
 * The language whose dictionaries judge a file whose locale's `lang` is `lang`: `''` (the
 * configuration's) for English and for a file in no locale.
 */
export function languageOfFile(lang: string | undefined): string {
  return lang === undefined || isEnglish(lang) ? '' : lang;
}

/** The cspell configuration (`cspell-ext.json`) of the shipped package that knows `language`, if any. */
export function languagePackageConfig(language: string): string | undefined {
  const primary = language.split(/[-_]/)[0]!.toLowerCase();
  const name = shippedLanguagePackages[primary];
  if (!name) return undefined;
  try {
    return createRequire(import.meta.url).resolve(`${name}/cspell-ext.json`);
  } catch {
    // Not installed (a trimmed install): the language is then one without a dictionary.
    return undefined;
  }
}

/**
 * A file of a dictionary package this package ships (`@cspell/dict-fr-fr/cspell-ext.json`), from
 * this package's own install: where a cspell configuration's import of it resolves when the
 * repository has no node_modules of its own (a fresh clone, a copy), as it is the same package.
 */
export function shippedPackageFile(specifier: string): string | undefined {
  const name = Object.values(shippedLanguagePackages).find((candidate) => specifier.startsWith(`${candidate}/`));
  if (!name) return undefined;
  try {
    return createRequire(import.meta.url).resolve(specifier);
  } catch {
    return undefined;
  }
}

/** The report's line for a language no dictionary knows: its files are not spell-checked. */
export function uncheckedLanguageNote(language: string): string {
  return `spelling not checked for ${language}: no dictionary`;
}
