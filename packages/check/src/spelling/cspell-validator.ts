/**
 * The parts of cspell-lib that judge a token and that read a document's settings, taken from
 * cspell-lib itself (see `cspell-text.ts` for why by path). Only the thread that holds the
 * dictionaries imports this.
 */
export { lineValidatorFactory } from '../../node_modules/cspell-lib/dist/lib/textValidation/lineValidatorFactory.js';
export { settingsToValidateOptions } from '../../node_modules/cspell-lib/dist/lib/textValidation/settingsToValidateOptions.js';
export { getInDocumentSettings } from '../../node_modules/cspell-lib/dist/lib/Settings/InDocSettings.js';
export { getGlobMatcherForExcluding } from '../../node_modules/cspell-lib/dist/lib/globs/getGlobMatcher.js';
