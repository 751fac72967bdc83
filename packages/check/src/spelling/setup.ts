/**
 * What a file needs to know before its words are judged, and the keys that name the settings
 * they are judged with. Plain data: it crosses threads, and the light half of the spelling code
 * (the rule, the workers) reads it without loading cspell-lib.
 */
import type { SpellingSetup, SpellingSetupRequest } from '../rule.js';

export type { SpellingSetup, SpellingSetupRequest };

interface KeyParts {
  languageIds: string[];
  /**
   * Which of the configuration's `overrides` apply to the file, by index: files under the same
   * ones (every page of a locale folder) share their settings and verdicts.
   */
  overrides: number[];
  directives: string;
  /** The cspell `language` the file's locale gives it, `''` outside any locale (the configuration's). */
  language: string;
}

/**
 * The key of a file's judging settings: its language ids, in-document settings, locale's language
 * and the `overrides` that apply to it. Enough to rebuild the settings from, so that a thread
 * started again later still understands a key given earlier.
 */
export function settingsKey(parts: KeyParts): string {
  return JSON.stringify([parts.languageIds, parts.overrides, parts.directives, parts.language]);
}

/**
 * How every key opens, being JSON of an array; a language (a BCP-47 tag, `''`) never does, so a
 * string that is either a key or a language (a setup's `language`) says which it is by this alone.
 */
const keyOpening = '[';

/** Whether `keyOrLanguage` (a setup's `language`, a key or a language) is a settings key (`settingsKey`). */
export function isSettingsKey(keyOrLanguage: string): boolean {
  return keyOrLanguage.startsWith(keyOpening);
}

export function settingsKeyParts(key: string): KeyParts {
  const [languageIds, overrides, directives, language] = JSON.parse(key) as [string[], number[], string, string];
  return { languageIds, overrides, directives, language };
}

/** Whether files other than one may share the settings of `key`: no in-document settings. */
export function isSharedKey(key: string): boolean {
  return settingsKeyParts(key).directives === '';
}

/** `key` without its in-document settings. */
export function withoutDirectives(key: string): string {
  return settingsKey({ ...settingsKeyParts(key), directives: '' });
}

/**
 * The language whose dictionaries judge under a settings key or a setup's `language` (a language,
 * or settings a key names): `''` for the configuration's. A run may let a language's go once no
 * file in it is left.
 */
export function languageOfKey(keyOrLanguage: string): string {
  return isSettingsKey(keyOrLanguage) ? settingsKeyParts(keyOrLanguage).language : keyOrLanguage;
}
