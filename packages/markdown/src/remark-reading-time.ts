import type { Root } from 'mdast';
import readingTime from 'reading-time';
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
    const { minutes } = readingTime(texts.join(' '), { wordsPerMinute });
    const data = file.data as AstroFileData;
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter[field] = Math.max(1, Math.ceil(minutes));
  };
};
