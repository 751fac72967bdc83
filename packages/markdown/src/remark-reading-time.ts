import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

export interface ReadingTimeOptions {
  /** Reading speed; 200 words a minute suits technical prose. */
  wordsPerMinute?: number;
  /** The frontmatter key the minutes are stored under. */
  field?: string;
}

interface AstroFileData {
  astro?: { frontmatter?: Record<string, unknown> };
}

const isWordBound = (code: number) => code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
// Hiragana, CJK unified ideographs, Hangul: each character is a word.
const isCjk = (code: number) => (code >= 0x3040 && code <= 0x309f) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7a3);
const isPunctuation = (code: number) =>
  (code >= 0x21 && code <= 0x2f) || (code >= 0x3a && code <= 0x40) || (code >= 0x5b && code <= 0x60) || (code >= 0x7b && code <= 0x7e) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xffef);

/**
 * The words of `text` as the `reading-time` package counts them (v1.5), character by character
 * without the arrays it allocates for every character, which made it the slowest of the plugins.
 * A code unit past either end counts as neither a bound nor CJK, as `undefined` does there.
 */
export function countWords(text: string): number {
  const at = (index: number) => (index >= 0 && index < text.length ? text.charCodeAt(index) : index === text.length ? 0x0a : -1);
  let start = 0;
  let end = text.length - 1;
  while (start < text.length && isWordBound(text.charCodeAt(start))) start++;
  while (end >= 0 && isWordBound(text.charCodeAt(end))) end--;
  let words = 0;
  for (let index = start; index <= end; index++) {
    const code = at(index);
    const next = at(index + 1);
    if (isCjk(code) || (!isWordBound(code) && (isWordBound(next) || isCjk(next)))) words++;
    // CJK followed by punctuation or spaces: those are eaten with it.
    if (isCjk(code)) {
      while (index <= end && (isPunctuation(at(index + 1)) || isWordBound(at(index + 1)))) index++;
    }
  }
  return words;
}

/**
 * Stores the whole minutes a post takes to read (at least 1) in the page's frontmatter data,
 * where Astro hands it to pages as `remarkPluginFrontmatter`.
 */
export const remarkReadingTime: Plugin<[ReadingTimeOptions?], Root> = (options = {}) => {
  const { wordsPerMinute = 200, field = 'readingTimeMinutes' } = options;
  return (tree, file) => {
    // Collected per node and joined with spaces: concatenating the whole tree would glue the
    // last word of one paragraph to the first word of the next.
    const texts: string[] = [];
    visit(tree, (node) => {
      if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') texts.push(node.value);
    });
    const minutes = countWords(texts.join(' ')) / (wordsPerMinute || 200);
    const data = file.data as AstroFileData;
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter[field] = Math.max(1, Math.ceil(minutes));
  };
};
