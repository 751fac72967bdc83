/**
 * Build step (`pnpm build`): compiles the dictionaries cspell enables for English Markdown, and
 * those of each language whose package ships with this one, into `dist/dictionaries`, so that a
 * check reads them without parsing them first.
 */
import { compileDictionaries, shippedDictionariesDir } from './compiled-dictionaries.js';
import { compileSuggestionLists } from './compiled-suggestions.js';
import { inLanguage, markdownSettings } from './dictionary.js';
import { shippedLanguages } from './languages.js';

const settings = await markdownSettings({ language: 'en' });
const compiled = await compileDictionaries(settings, shippedDictionariesDir);
console.log(`${compiled.length} dictionaries compiled into dist/dictionaries: ${compiled.join(', ')}`);
for (const language of shippedLanguages) {
  const own = new Set(await compileDictionaries(await markdownSettings(await inLanguage({ language: 'en' }, language)), shippedDictionariesDir));
  for (const name of compiled) own.delete(name);
  console.log(`${language}: ${[...own].join(', ')} compiled into dist/dictionaries`);
}
const lists = await compileSuggestionLists(settings, shippedDictionariesDir);
console.log(`${lists.length} suggestion lists compiled into dist/dictionaries: ${lists.join(', ')}`);
