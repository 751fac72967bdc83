/**
 * Build step (`pnpm build`): compiles the dictionaries cspell enables for English Markdown into
 * `dist/dictionaries`, so that a check reads them without parsing them first.
 */
import { compileDictionaries, shippedDictionariesDir } from './compiled-dictionaries.js';
import { compileSuggestionLists } from './compiled-suggestions.js';
import { markdownSettings } from './dictionary.js';

const settings = await markdownSettings({ language: 'en' });
const compiled = await compileDictionaries(settings, shippedDictionariesDir);
console.log(`${compiled.length} dictionaries compiled into dist/dictionaries: ${compiled.join(', ')}`);
const lists = await compileSuggestionLists(settings, shippedDictionariesDir);
console.log(`${lists.length} suggestion lists compiled into dist/dictionaries: ${lists.join(', ')}`);
