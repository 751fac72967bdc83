/**
 * What a file needs to know before its words are judged, and the keys that name the settings
 * they are judged with. Plain data: it crosses threads, and the light half of the spelling code
 * (the rule, the workers) reads it without loading cspell-lib.
 */
import type { SpellingSetup, SpellingSetupRequest } from '../rule.js';

export type { SpellingSetup, SpellingSetupRequest };

interface KeyParts {
  languageIds: string[];
  /** The file's path when `overrides` may give it settings of its own, `''` otherwise. */
  path: string;
  directives: string;
}

/**
 * The key of a file's judging settings: its language ids and in-document settings, and its path
 * when `overrides` may apply to it. Enough to rebuild the settings from, so that a thread started
 * again later still understands a key given earlier.
 */
export function settingsKey(parts: KeyParts): string {
  return JSON.stringify([parts.languageIds, parts.path, parts.directives]);
}

export function settingsKeyParts(key: string): KeyParts {
  const [languageIds, path, directives] = JSON.parse(key) as [string[], string, string];
  return { languageIds, path, directives };
}

/** Whether files other than one may share the settings of `key`: no path, no in-document settings. */
export function isSharedKey(key: string): boolean {
  const { path, directives } = settingsKeyParts(key);
  return path === '' && directives === '';
}

/** `key` without its in-document settings. */
export function withoutDirectives(key: string): string {
  return settingsKey({ ...settingsKeyParts(key), directives: '' });
}
