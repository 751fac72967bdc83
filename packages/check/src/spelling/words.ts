/**
 * Cuts the words to spell-check out of a span of prose.
 *
 * URLs, e-mail addresses, paths, file names and HTML entities are masked first, then words are
 * taken with `wordPattern`. This runs over every text node of every file, so it avoids the two
 * costs a plain `replace(notProse)` + `matchAll(wordPattern)` pays on every word of prose: the mask
 * regex, whose alternatives rescan each run of non-space characters from every position, and the
 * Unicode property classes for the (mostly ASCII) letters. The output is the same, character for
 * character: `test/spelling/words.test.ts` compares it with that plain form on real and generated
 * content.
 */

export interface ProseRange {
  start: number;
  end: number;
}

export interface WordOccurrence {
  word: string;
  start: number;
  end: number;
}

/**
 * What is not prose: URLs, `www.` hosts, e-mail addresses, anything with a `/`, file and host
 * names with a known extension, and entities. Every alternative matches inside one run of
 * non-whitespace characters, and each needs a `/`, a `&` or a `.` followed by more of the run
 * (an e-mail address needs both `@` and such a `.`).
 */
export const notProse =
  /\b[a-z][\w+.-]*:\/\/\S+|\bwww\.\S+|[^\s@]+@[^\s@]+\.[^\s@]+|\S*\/\S*|\S*\w\.(?:com|org|net|io|dev|app|json|md|mdx|ts|js|mjs|yaml|yml|txt|html|css)\b\S*|&#?\w+;/gi;

/** A word: letters, then letters, digits, apostrophes and hyphens, ending on a letter or digit. */
export const wordPattern = /[\p{L}\p{M}](?:[\p{L}\p{M}\p{N}'’-]*[\p{L}\p{M}\p{N}])?/gu;

const slash = 0x2f;
const dot = 0x2e;
const ampersand = 0x26;

/** Exactly the characters of `\s` in an ECMAScript regular expression. */
function isRegExpSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * The slice with `notProse` blanked out (each match replaced by as many spaces). Only runs of
 * non-whitespace characters holding `/`, `&` or an inner `.` can match, so the regex runs on those alone;
 * since no match crosses whitespace and whitespace, like a string boundary, is a non-word
 * character for `\b`, a run on its own matches as it does inside the slice.
 */
export function maskNotProse(slice: string): string {
  const pieces: string[] = [];
  let copiedUpTo = 0;
  let index = 0;
  const length = slice.length;
  while (index < length) {
    if (isRegExpSpace(slice.charCodeAt(index))) {
      index += 1;
      continue;
    }
    const runStart = index;
    let maskable = false;
    while (index < length) {
      const code = slice.charCodeAt(index);
      if (isRegExpSpace(code)) break;
      // A `.` matters only with something after it: the full stop that ends a sentence does not.
      if (code === slash || code === ampersand || (code === dot && index + 1 < length && !isRegExpSpace(slice.charCodeAt(index + 1)))) {
        maskable = true;
      }
      index += 1;
    }
    if (!maskable) continue;
    const run = slice.slice(runStart, index);
    notProse.lastIndex = 0;
    for (let match = notProse.exec(run); match; match = notProse.exec(run)) {
      // Every alternative consumes at least one character, so the scan always moves on.
      const matchStart = runStart + match.index;
      pieces.push(slice.slice(copiedUpTo, matchStart), ' '.repeat(match[0].length));
      copiedUpTo = matchStart + match[0].length;
    }
  }
  notProse.lastIndex = 0;
  if (copiedUpTo === 0) return slice;
  pieces.push(slice.slice(copiedUpTo));
  return pieces.join('');
}

const letterOrMark = /^[\p{L}\p{M}]$/u;
const letterMarkOrNumber = /^[\p{L}\p{M}\p{N}]$/u;

/** Character classes of the word scanner. */
const other = 0;
/** `\p{L}` or `\p{M}`: may start a word. */
const letter = 1;
/** `\p{N}`: inside or at the end of a word, never at its start. */
const digit = 2;
/** `'`, `’` or `-`: inside a word only. */
const joiner = 3;
type CharClass = typeof other | typeof letter | typeof digit | typeof joiner;

/** The class of the code point at `index`; ASCII is decided without a regex. */
function classAt(text: string, index: number): CharClass {
  const code = text.charCodeAt(index);
  if (code < 0x80) {
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) return letter;
    if (code >= 0x30 && code <= 0x39) return digit;
    return code === 0x27 || code === 0x2d ? joiner : other;
  }
  if (code === 0x2019) return joiner;
  const char = text.slice(index, index + widthAt(text, index));
  if (letterOrMark.test(char)) return letter;
  return letterMarkOrNumber.test(char) ? digit : other;
}

/**
 * UTF-16 length of the code point at `index`: 2 for a surrogate pair, as the `u` flag reads it.
 * Not `codePointAt`: Node 24's optimising compiler (Maglev) reads past the end of a sliced string
 * that ends on a lone high surrogate and pairs it with the next character of the parent string.
 */
function widthAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 0xd800 || code > 0xdbff || index + 1 >= text.length) return 1;
  const next = text.charCodeAt(index + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

/**
 * The words of `text` between `range.start` and `range.end` that are at least `minLength` long
 * and hold no digit, with their offsets in `text`. Same as matching `wordPattern` on the masked
 * slice: a word starts on a letter or mark, runs over letters, marks, digits and joiners, and
 * ends on its last letter, mark or digit.
 */
export function wordsIn(text: string, range: ProseRange, minLength: number): WordOccurrence[] {
  const slice = maskNotProse(text.slice(range.start, range.end));
  const words: WordOccurrence[] = [];
  const length = slice.length;
  let index = 0;
  while (index < length) {
    if (classAt(slice, index) !== letter) {
      index += widthAt(slice, index);
      continue;
    }
    const wordStart = index;
    let wordEnd = index + widthAt(slice, index);
    let hasDigit = false;
    let scan = wordEnd;
    while (scan < length) {
      const kind = classAt(slice, scan);
      if (kind === other) break;
      scan += widthAt(slice, scan);
      if (kind === joiner) continue;
      if (kind === digit) hasDigit = true;
      wordEnd = scan;
    }
    // Trailing joiners are not part of the word; scanning resumes right after its last letter.
    index = wordEnd;
    if (wordEnd - wordStart < minLength || hasDigit) continue;
    const word = slice.slice(wordStart, wordEnd);
    const start = range.start + wordStart;
    words.push({ word, start, end: start + word.length });
  }
  return words;
}
