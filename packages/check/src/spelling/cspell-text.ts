/**
 * The parts of cspell-lib that cut a document into the tokens it judges, taken from cspell-lib
 * itself so that a file is cut exactly as `cspell lint` and the editor extension cut it. cspell-lib
 * exports none of them, so they are imported by path from its build (bundled into this package's
 * build; the spelling parity test fails if an update moves or changes them). These modules load no
 * dictionary: a worker thread that tokenizes files imports only this.
 */
export { excludeRanges, findMatchingRangesForPatterns, type MatchRange } from '../../node_modules/cspell-lib/dist/lib/Transform/TextRange.js';
export { regExWordsAndDigits } from '../../node_modules/cspell-lib/dist/lib/util/textRegex.js';
export { isRandomString } from '../../node_modules/cspell-lib/dist/lib/textValidation/isRandomString.js';
