import { describe, expect, test } from 'vitest';
import { docsPageSchema, fieldDoc, validateFrontmatter, blogPostSchema } from '../src/index.js';

describe('docsPageSchema', () => {
  test("is Starlight's schema: a page needs only a title, and gets Starlight's defaults", () => {
    const page = docsPageSchema().parse({ title: 'Getting started' });
    expect(page.title).toBe('Getting started');
    expect(page.editUrl).toBe(true);
    expect(page.pagefind).toBe(true);
  });

  test("accepts Starlight's own fields and Pressroom's words list", () => {
    const page = docsPageSchema().parse({
      title: 'Page',
      sidebar: { order: 2, label: 'Short' },
      template: 'splash',
      words: ['Kafka'],
    });
    expect(page.sidebar.order).toBe(2);
    expect(page.words).toEqual(['Kafka']);
  });

  test('rejects a page without a title, naming the field', () => {
    const outcome = validateFrontmatter(docsPageSchema(), { description: 'no title' });
    expect(outcome.success).toBe(false);
    if (outcome.success) return;
    expect(outcome.problems[0]!.field).toBe('title');
    expect(outcome.problems[0]!.message).toMatch(/Missing required field `title`/);
  });

  test("accepts a translation's record of its source's hash, and refuses one that is no hash", () => {
    const page = docsPageSchema().parse({ title: 'Page', translation: { sourceHash: '4f1c3e0a9b2d' } });
    expect(page.translation).toEqual({ sourceHash: '4f1c3e0a9b2d' });
    for (const sourceHash of ['4f1c', 'not a hash', 1234567]) {
      const outcome = validateFrontmatter(docsPageSchema(), { title: 'x', translation: { sourceHash } });
      expect(outcome.success, String(sourceHash)).toBe(false);
      if (outcome.success) continue;
      expect(outcome.problems[0]!.field).toBe('translation');
    }
    const unknown = validateFrontmatter(docsPageSchema(), { title: 'x', translation: { source: 'guides/x.md' } });
    expect(unknown.success).toBe(false);
  });

  test('rejects a words list that is not a list', () => {
    const outcome = validateFrontmatter(docsPageSchema(), { title: 'x', words: 'Kafka' });
    expect(outcome.success).toBe(false);
    if (outcome.success) return;
    expect(outcome.problems[0]!.field).toBe('words');
  });
});

describe('fieldDoc', () => {
  test('every blog field documents itself with a description and a copyable example', () => {
    const shape = blogPostSchema({ defaultAuthor: 'x' }).shape;
    for (const [name, schema] of Object.entries(shape)) {
      const doc = fieldDoc(schema);
      expect(doc, name).toBeDefined();
      expect(doc!.example.startsWith(`${name}: `), name).toBe(true);
    }
  });
});
