/**
 * A setup's `language` is either a language or the key of settings an `overrides` entry gives a
 * file: the two are told apart in `setup.ts` alone, and neither is ever taken for the other.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { suggestionSource } from '../../src/spelling/document-settings.js';
import { dictionariesInThisThread } from '../../src/spelling/judge.js';
import { isSettingsKey, languageOfKey, settingsKey, settingsKeyParts } from '../../src/spelling/setup.js';
import { temporaryDir } from '../helpers/cli.js';

const languages = ['', 'fr', 'de-DE', 'pt-BR', 'zh-Hans', 'en,fr'];

test('a settings key round-trips as a key of its language, and a language is never a key', () => {
  for (const language of languages) {
    const parts = { languageIds: ['markdown'], overrides: [0, 2], directives: '// cspell:words Notizwort', language };
    const key = settingsKey(parts);
    expect(isSettingsKey(key), key).toBe(true);
    expect(settingsKeyParts(key)).toEqual(parts);
    expect(languageOfKey(key)).toBe(language);
    // With an `overrides` entry, suggestions come from the settings (a key); without, from the language.
    expect(isSettingsKey(suggestionSource(key)), key).toBe(true);
    expect(languageOfKey(suggestionSource(key))).toBe(language);
    expect(suggestionSource(settingsKey({ ...parts, overrides: [] }))).toBe(language);

    expect(isSettingsKey(language), language).toBe(false);
    expect(languageOfKey(language)).toBe(language);
  }
});

test('a file an `overrides` entry gives words of its own, in a locale, suggests from those settings; its neighbour from the locale language', async () => {
  const dir = temporaryDir('setup-source');
  writeFileSync(join(dir, 'cspell.config.yaml'), "version: '0.2'\nlanguage: en\noverrides:\n  - filename: 'docs/de/notizen/**'\n    words:\n      - Notizwort\n");
  mkdirSync(join(dir, 'docs/de/notizen'), { recursive: true });
  const dictionaries = dictionariesInThisThread(dir);
  const own = await dictionaries.setup({ path: join(dir, 'docs/de/notizen/a.md'), directives: '', lang: 'de' });
  const neighbour = await dictionaries.setup({ path: join(dir, 'docs/de/b.md'), directives: '', lang: 'de' });
  const outside = await dictionaries.setup({ path: join(dir, 'docs/c.md'), directives: '' });

  expect(isSettingsKey(own.language)).toBe(true);
  expect(languageOfKey(own.language)).toBe('de');
  expect(neighbour.language).toBe('de');
  expect(outside.language).toBe('');

  // Each source reaches the dictionaries it names: the key its settings' words, the language only German.
  const verdicts = async (language: string) => (await dictionaries.judge(['Notizwort', 'Haus'], 0, language)).map((verdict) => verdict.ok);
  expect(await verdicts(own.language)).toEqual([true, true]);
  expect(await verdicts(neighbour.language)).toEqual([false, true]);
  expect(await verdicts(outside.language)).toEqual([false, false]);
});
