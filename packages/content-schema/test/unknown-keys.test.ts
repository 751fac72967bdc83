import { describe, expect, test } from 'vitest';
import { blogPostSchema, docsPageSchema, knownKeys, suggestKey } from '../src/index.js';

const blogKeys = knownKeys(blogPostSchema({ defaultAuthor: 'x' }));
const docsKeys = knownKeys(docsPageSchema());

describe('knownKeys', () => {
  test("lists each schema's top-level fields", () => {
    expect(blogKeys).toEqual(expect.arrayContaining(['title', 'pubDatetime', 'ogImage', 'slug', 'subtitle', 'timezone', 'words']));
    expect(docsKeys).toEqual(expect.arrayContaining(['title', 'hero', 'sidebar', 'lastUpdated', 'draft', 'words']));
    expect(docsKeys).not.toContain('pubDatetime');
  });
});

describe('suggestKey', () => {
  test.each([
    ['date', undefined, 'pubDatetime'],
    ['pubDate', undefined, 'pubDatetime'],
    ['lastmod', undefined, 'modDatetime'],
    ['updated_at', undefined, 'modDatetime'],
    ['heroImage', undefined, 'ogImage'],
    ['categories', undefined, 'tags'],
    ['canonicalUrl', undefined, 'canonicalURL'],
    ['descripton', undefined, 'description'],
    ['titel', undefined, 'title'],
    ['permalink', undefined, 'slug'],
    ['published', false, 'draft'],
    ['published', '2024-01-02', 'pubDatetime'],
  ])('a blog post: %s (%j) → %s', (key, value, expected) => {
    expect(suggestKey('blog', key, blogKeys, value)?.key).toBe(expected);
  });

  test.each([
    ['date', 'lastUpdated'],
    ['sidebar_position', 'sidebar'],
    ['descriptoin', 'description'],
  ])('a docs page: %s → %s', (key, expected) => {
    expect(suggestKey('docs', key, docsKeys)?.key).toBe(expected);
  });

  test('says how to write a key that is not a plain rename', () => {
    expect(suggestKey('docs', 'sidebar_position', docsKeys)).toEqual({ key: 'sidebar', note: 'write it as `sidebar: { order: … }`' });
    expect(suggestKey('blog', 'published', blogKeys, false)).toEqual({ key: 'draft', note: 'write `draft: true`' });
  });

  test('suggests nothing for a key unlike any field', () => {
    expect(suggestKey('blog', 'bogusField', blogKeys)).toBeUndefined();
    expect(suggestKey('blog', 'x', blogKeys)).toBeUndefined();
  });
});
