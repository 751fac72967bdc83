import { describe, expect, test } from 'vitest';
import { blogPostId, blogPostPath, collectionPattern, loadsFile } from '../src/index.js';

describe('blogPostId, as Astro glob loader ids a post', () => {
  test.each([
    ['kafka.md', undefined, 'kafka'],
    ['Guides/My First Post.md', undefined, 'guides/my-first-post'],
    ['_releases/astro-paper-5.md', undefined, '_releases/astro-paper-5'],
    ['series/index.md', undefined, 'series'],
    ['index.md', undefined, 'index'],
    ['long-file-name.md', { slug: 'short' }, 'short'],
    ['a.md', { slug: 'Written As Is' }, 'Written As Is'],
    ['a.md', { slug: 2024 }, '2024'],
    ['a.md', { slug: '' }, 'a'],
  ])('%s with %j is %j', (inside, frontmatter, id) => {
    expect(blogPostId(inside, frontmatter)).toBe(id);
  });
});

describe("blogPostPath, as AstroPaper's getPath", () => {
  test.each([
    // The three examples AstroPaper documents.
    ['_releases/astro-paper-5.md', '_releases/astro-paper-5', 'astro-paper-5'],
    ['examples/tailwind-typography.md', 'examples/tailwind-typography', 'examples/tailwind-typography'],
    ['my-post-file.md', 'my-post', 'my-post'],
    // A slug keeps the folders that are not left out, and only its last segment counts.
    ['examples/long.md', 'short', 'examples/short'],
    ['_drafts/deep/a.md', 'x/y', 'deep/y'],
    ['Nested Folder/post.md', 'nested-folder/post', 'nested-folder/post'],
    ['series/index.md', 'series', 'series/series'],
  ])('%s (id %s) is at /posts/%s', (inside, id, path) => {
    expect(blogPostPath(inside, id)).toBe(path);
  });
});

describe('what each collection loads', () => {
  test('the glob patterns the apps use', () => {
    expect(collectionPattern('blog')).toBe('**/[^_]*.md');
    expect(collectionPattern('docs')).toBe('**/[^_]*.{md,mdx}');
  });

  test.each([
    ['blog', 'post.md', true],
    ['blog', '_releases/post.md', true],
    ['blog', 'post.MD', true],
    ['blog', '_notes.md', false],
    ['blog', 'post.mdx', false],
    ['blog', 'post.markdown', false],
    ['docs', 'page.mdx', true],
    ['docs', 'guides/_partial.mdx', false],
    ['docs', 'page.mdoc', false],
  ] as const)('%s loads %s: %s', (site, inside, loaded) => {
    expect(loadsFile(site, inside)).toBe(loaded);
  });
});
