/**
 * A cspell configuration that imports a dictionary package this package ships, in a repository
 * without node_modules: cspell-lib finds the package itself, from where its own code is (in the
 * build, `dist`, where the vetting finds it too), and merges it under the configuration.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { vetCspellConfig } from '../../src/spelling/cspell-config.js';
import { readCspellSettings } from '../../src/spelling/dictionary.js';
import { temporaryDir } from '../helpers/cli.js';

test.each(['@cspell/dict-fr-fr/cspell-ext.json', '@cspell/dict-fr-fr/cspell'])('an import of %s from a folder without node_modules is merged under the configuration, with no import error', async (specifier) => {
  const dir = temporaryDir('shipped-import');
  const config = join(dir, 'cspell.config.yaml');
  writeFileSync(config, `version: '0.2'\nname: Notes\nlanguage: en\nimport:\n  - '${specifier}'\nwords:\n  - Pressroom\n`);
  // The vetting finds the package only in this package's own install: there is none beside the config.
  expect(vetCspellConfig(config, dir)).toEqual([expect.stringMatching(/[/\\]@cspell[/\\]dict-fr-fr[/\\]cspell-ext\.json$/)]);

  const settings = await readCspellSettings(config, dir);
  const { extractImportErrors } = await import('cspell-lib');
  expect(extractImportErrors(settings)).toEqual([]);
  // The import's dictionary and the language settings that name it for French…
  expect(settings.dictionaryDefinitions?.map((definition) => definition.name)).toContain('fr-fr');
  expect(settings.languageSettings?.some((entry) => entry.locale === 'fr,fr_FR' && entry.dictionaries?.includes('fr-fr'))).toBe(true);
  // …under the configuration's own settings, which win where both say something.
  expect(settings.name).toBe('Notes');
  expect(settings.language).toBe('en');
  expect(settings.words).toEqual(['Pressroom']);
});
