/**
 * Build step (`pnpm build`): compiles the dictionaries cspell enables for English Markdown into
 * `dist/dictionaries`, so that a check reads them without parsing them first.
 */
import { compileDictionaries, shippedDictionariesDir } from './rules/spelling/compiled-dictionaries.js';
import { markdownSettings } from './rules/spelling/dictionary.js';

const compiled = await compileDictionaries(await markdownSettings({ language: 'en' }), shippedDictionariesDir);
console.log(`${compiled.length} dictionaries compiled into dist/dictionaries: ${compiled.join(', ')}`);
