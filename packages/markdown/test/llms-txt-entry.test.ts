import type { Link, List, Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { llmsTxtEntry } from '../src/index.js';

/** The one link an entry holds, and the text after it, as a Markdown reader sees them. */
function read(entry: string): { link: Link; rest: string; items: number } {
  const tree = unified().use(remarkParse).parse(entry) as Root;
  const list = tree.children[0] as List;
  const paragraph = list.children[0]!.children[0] as Paragraph;
  const links = paragraph.children.filter((node): node is Link => node.type === 'link');
  expect(links).toHaveLength(1);
  const rest = paragraph.children.slice(paragraph.children.indexOf(links[0]!) + 1).map((node) => toString(node)).join('');
  return { link: links[0]!, rest, items: list.children.length };
}

describe('llmsTxtEntry', () => {
  test('writes a title, its address and a description as one list item', () => {
    const entry = llmsTxtEntry('Schedule a post', 'https://example.com/posts/schedule/index.md', 'Publish it later.');
    expect(entry).toBe('- [Schedule a post](https://example.com/posts/schedule/index.md): Publish it later.');
    const { link, rest } = read(entry);
    expect(toString(link)).toBe('Schedule a post');
    expect(link.url).toBe('https://example.com/posts/schedule/index.md');
    expect(rest).toBe(': Publish it later.');
  });

  test('keeps brackets and backslashes of a title as text inside the one link', () => {
    const title = 'Arrays [and] tuples \\ a ] note [';
    const { link } = read(llmsTxtEntry(title, 'https://example.com/a.md'));
    expect(toString(link)).toBe(title);
    expect(link.url).toBe('https://example.com/a.md');
  });

  test('folds line breaks so the entry stays one line, and leaves out an empty description', () => {
    const entry = llmsTxtEntry('Two\nlines', 'https://example.com/b.md', '  \n ');
    expect(entry).toBe('- [Two lines](https://example.com/b.md)');
    expect(entry).not.toContain('\n');
    expect(read(llmsTxtEntry('A', 'https://example.com/c.md', 'First\n\nsecond')).items).toBe(1);
  });

  test('percent-encodes spaces and non-ASCII characters of an address, once', () => {
    const { link } = read(llmsTxtEntry('Spaces', 'https://example.com/a b/ü.md'));
    expect(link.url).toBe('https://example.com/a%20b/%C3%BC.md');
    expect(llmsTxtEntry('Encoded', 'https://example.com/a%20b.md')).toContain('(https://example.com/a%20b.md)');
    expect(llmsTxtEntry('Percent', 'https://example.com/100%.md')).toContain('(https://example.com/100%25.md)');
  });
});
