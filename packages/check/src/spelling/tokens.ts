import type { TokenizerSettings } from '../rule.js';
import { excludeRanges, findMatchingRangesForPatterns, isRandomString, regExWordsAndDigits, type MatchRange } from './cspell-text.js';

export type { TokenizerSettings };

export interface TokenOccurrence {
  /**
   * What is judged: one of cspell's "possible words" (`URLSearchParams`, `high-throughout`,
   * `There've`, `config.retryCount`), with a `\` before it when one precedes it in the text, as
   * cspell then also tries the word without its first letter (`\nFoo` reads `Foo`).
   */
  token: string;
  /** Offset in the text of the token's first character (after that `\`). */
  start: number;
}

const everything = /.*/gim;

/**
 * The ranges of `text` cspell checks: what `includeRegExpList` matches (all of it when empty),
 * less what `ignoreRegExpList` matches. This is cspell-lib's `calcTextInclusionRanges` for
 * settings without substitutions, on its own range functions.
 */
export function checkedRanges(text: string, settings: TokenizerSettings): MatchRange[] {
  const include = settings.includeRegExpList.length > 0 ? [...settings.includeRegExpList] : [everything];
  return excludeRanges(findMatchingRangesForPatterns(include, text), findMatchingRangesForPatterns([...settings.ignoreRegExpList], text));
}

/**
 * The tokens of `text` in order, as cspell's document validator meets them: possible words
 * (`regExWordsAndDigits`) in each checked range, less those that look like random strings. cspell
 * cuts the ranges at line ends first; a possible word never spans a line end, so that changes no
 * token, and the character before a token in its range is the one before it in its line.
 */
export function spellingTokens(text: string, settings: TokenizerSettings): TokenOccurrence[] {
  const tokens: TokenOccurrence[] = [];
  const possibleWords = new RegExp(regExWordsAndDigits);
  for (const range of checkedRanges(text, settings)) {
    const segment = text.slice(range.startPos, range.endPos);
    possibleWords.lastIndex = 0;
    for (let match = possibleWords.exec(segment); match; match = possibleWords.exec(segment)) {
      const word = match[0];
      if (settings.ignoreRandomStrings && word.length >= settings.minRandomLength && isRandomString(word)) continue;
      const afterBackslash = match.index > 0 && segment.charCodeAt(match.index - 1) === 0x5c;
      tokens.push({ token: afterBackslash ? `\\${word}` : word, start: range.startPos + match.index });
    }
  }
  return tokens;
}
