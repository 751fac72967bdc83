import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { blogPostSchema, validateFrontmatter } from '../src/index.js';

const seedPath = fileURLToPath(new URL('../../../fixtures/seed/what-why-when-where-kafka.md', import.meta.url));

function frontmatterOf(markdown: string): unknown {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(markdown);
  if (!match) throw new Error('no frontmatter');
  return parseYaml(match[1]!);
}

const valid = {
  title: 'A title',
  description: 'A description',
  pubDatetime: '2024-12-04',
};

describe('blogPostSchema', () => {
  test('parses the seed post as its author wrote it, empty modDatetime included', () => {
    const result = blogPostSchema({ defaultAuthor: 'Site' }).safeParse(frontmatterOf(readFileSync(seedPath, 'utf8')));
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.author).toBe('Bryan Montalvan');
    expect(result.data.pubDatetime).toEqual(new Date('2024-12-04'));
    expect(result.data.modDatetime).toBeNull();
    expect(result.data.tags).toEqual(['Guide', 'Concept Introduction']);
    expect(result.data.featured).toBe(true);
  });

  test('accepts a leap day and a full ISO time', () => {
    const schema = blogPostSchema({ defaultAuthor: 'x' });
    expect(schema.parse({ ...valid, pubDatetime: '2024-02-29' }).pubDatetime).toEqual(new Date('2024-02-29'));
    expect(schema.parse({ ...valid, pubDatetime: '2024-12-04T09:30:00+02:00' }).pubDatetime).toEqual(new Date('2024-12-04T07:30:00Z'));
  });

  test('accepts a Date object as YAML parsers that read timestamps produce', () => {
    const result = blogPostSchema().safeParse({ ...valid, author: 'A', pubDatetime: new Date('2024-01-02T03:04:05Z') });
    expect(result.success).toBe(true);
  });

  test('fills author from the site default and tags with ["others"]', () => {
    const result = blogPostSchema({ defaultAuthor: 'Pressroom' }).parse(valid);
    expect(result.author).toBe('Pressroom');
    expect(result.tags).toEqual(['others']);
  });

  test("reads AstroPaper's slug, subtitle and timezone", () => {
    const result = blogPostSchema({ defaultAuthor: 'x' }).parse({ ...valid, slug: 'short-name', subtitle: 'A second line', timezone: 'Asia/Yangon' });
    expect(result).toMatchObject({ slug: 'short-name', subtitle: 'A second line', timezone: 'Asia/Yangon' });
  });

  test.each([
    [{ slug: 'has space' }, 'slug', /Unexpected value in `slug`, expected a slug without spaces/],
    [{ slug: '' }, 'slug', /Unexpected value in `slug`, expected a non-empty slug/],
    [{ slug: 7 }, 'slug', /Unexpected number 7 in `slug`, expected a string/],
    [{ timezone: 'Mars/Olympus' }, 'timezone', /Unexpected value in `timezone`, expected an IANA time zone name/],
    [{ subtitle: '  ' }, 'subtitle', /Unexpected value in `subtitle`, expected a non-empty subtitle/],
  ])('rejects %j', (fields, field, message) => {
    const outcome = validateFrontmatter(blogPostSchema({ defaultAuthor: 'x' }), { ...valid, ...fields });
    expect(outcome.success).toBe(false);
    if (outcome.success) return;
    expect(outcome.problems.map((problem) => problem.field)).toEqual([field]);
    expect(outcome.problems[0]!.message).toMatch(message);
  });

  test('without a default author, author is required', () => {
    const outcome = validateFrontmatter(blogPostSchema(), valid);
    expect(outcome.success).toBe(false);
    if (outcome.success) return;
    expect(outcome.problems.map((problem) => problem.field)).toEqual(['author']);
  });

  test.each([
    ['a missing title', { description: 'd', pubDatetime: '2024-12-04' }, 'title', /Missing required field `title`, expected a string/],
    ['a bad date', { ...valid, pubDatetime: '2024-13-45' }, 'pubDatetime', /`pubDatetime`.*date/],
    ['a day that does not exist', { ...valid, pubDatetime: '2024-02-30' }, 'pubDatetime', /Unexpected text "2024-02-30" in `pubDatetime`, expected a date/],
    ['an hour that does not exist', { ...valid, pubDatetime: '2024-12-04T25:00:00Z' }, 'pubDatetime', /`pubDatetime`, expected a date/],
    ['a date that is not a date', { ...valid, pubDatetime: 'yesterday' }, 'pubDatetime', /Unexpected text "yesterday" in `pubDatetime`/],
    ['tags as one string', { ...valid, tags: 'Guide' }, 'tags', /Unexpected text "Guide" in `tags`, expected a list/],
    ['featured as text', { ...valid, featured: 'yes' }, 'featured', /`featured`, expected `true` or `false`/],
    ['an empty description', { ...valid, description: '   ' }, 'description', /`description`.*non-empty/],
    ['a relative canonicalURL', { ...valid, canonicalURL: '/posts/x/' }, 'canonicalURL', /`canonicalURL`.*absolute URL/],
  ])('rejects %s with a message that names the field', (_name, data, field, message) => {
    const outcome = validateFrontmatter(blogPostSchema({ defaultAuthor: 'Site' }), data);
    expect(outcome.success).toBe(false);
    if (outcome.success) return;
    expect(outcome.problems).toHaveLength(1);
    const [problem] = outcome.problems;
    expect(problem!.field).toBe(field);
    expect(problem!.message).toMatch(message);
    expect(problem!.example).toMatch(new RegExp(`^${field}: `));
  });

  test('reports every problem of a file at once', () => {
    const outcome = validateFrontmatter(blogPostSchema({ defaultAuthor: 'Site' }), { tags: 3 });
    expect(outcome.success).toBe(false);
    if (outcome.success) return;
    expect(outcome.problems.map((problem) => problem.field).sort()).toEqual(['description', 'pubDatetime', 'tags', 'title']);
  });

  test('locates a bad item inside a list by its index', () => {
    const outcome = validateFrontmatter(blogPostSchema({ defaultAuthor: 'Site' }), { ...valid, tags: ['ok', 7] });
    expect(outcome.success).toBe(false);
    if (outcome.success) return;
    expect(outcome.problems[0]!.path).toEqual(['tags', 1]);
    expect(outcome.problems[0]!.message).toMatch('`tags.1`');
  });
});
