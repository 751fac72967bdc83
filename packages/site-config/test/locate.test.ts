import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  blogListingPaths,
  contentPagePath,
  isPublished,
  locateContentFile,
  locateSiteUrl,
  markdownLinkUrl,
  parseSiteConfig,
} from '../src/index.js';

const repoConfig = JSON.parse(readFileSync(new URL('../../../pressroom.config.json', import.meta.url), 'utf8'));
const config = parseSiteConfig(JSON.stringify(repoConfig));
const withDocsBase = parseSiteConfig(
  JSON.stringify({ ...repoConfig, sites: { ...repoConfig.sites, docs: { ...repoConfig.sites.docs, base: '/docs/' } } }),
);

describe('locateContentFile', () => {
  test.each([
    ['content/blog/what-why-when-where-kafka.md', { site: 'blog', id: 'what-why-when-where-kafka', pagePath: 'what-why-when-where-kafka' }],
    ['content/blog/_releases/Version 5.md', { site: 'blog', id: '_releases/version-5', pagePath: 'version-5' }],
    ['content/blog/examples/intro.md', { site: 'blog', id: 'examples/intro', pagePath: 'examples/intro' }],
    ['content/docs/guides/Writing A Post.md', { site: 'docs', id: 'guides/writing-a-post', pagePath: 'guides/writing-a-post' }],
    ['./content/docs/index.mdx', { site: 'docs', id: 'index', pagePath: 'index' }],
  ])('%s', (path, expected) => {
    expect(locateContentFile(config, path)).toEqual(expected);
  });

  test('a blog post with a `slug` gets it as its id, in the folders that are not left out', () => {
    expect(locateContentFile(config, 'content/blog/examples/long-file-name.md', { slug: 'short' })).toEqual({
      site: 'blog',
      id: 'short',
      pagePath: 'examples/short',
    });
    expect(locateContentFile(config, 'content/blog/_releases/v5.md', { slug: 'astro-paper-v5' })?.pagePath).toBe('astro-paper-v5');
  });

  test('a docs page keeps the address of its path whatever its frontmatter says', () => {
    expect(locateContentFile(config, 'content/docs/guides/a.md', { slug: 'b' })).toEqual({ site: 'docs', id: 'guides/a', pagePath: 'guides/a' });
  });

  test.each([
    'content/blog/_draft-notes.md',
    'content/blog/cover.png',
    'content/blog/component-post.mdx',
    'content/blog/old-post.markdown',
    'content/docs/page.markdown',
    'content/docs/_partial.mdx',
    'README.md',
    'content/blogger/x.md',
  ])(
    '%s is not a published content file',
    (path) => {
      expect(locateContentFile(config, path)).toBeUndefined();
    },
  );
});

describe('locateSiteUrl', () => {
  test('maps either public URL to its site, base removed', () => {
    expect(locateSiteUrl(config, new URL('https://blog.pressroom.example/posts/x/#a'))).toEqual({ site: 'blog', path: '/posts/x/' });
    expect(locateSiteUrl(withDocsBase, new URL('http://DOCS.pressroom.example/docs/guides/'))).toEqual({ site: 'docs', path: '/guides/' });
    expect(locateSiteUrl(withDocsBase, new URL('https://docs.pressroom.example/docs'))).toEqual({ site: 'docs', path: '/' });
  });

  test('leaves other hosts, paths outside the base and other schemes alone', () => {
    expect(locateSiteUrl(config, new URL('https://example.com/posts/x/'))).toBeUndefined();
    expect(locateSiteUrl(withDocsBase, new URL('https://docs.pressroom.example/guides/'))).toBeUndefined();
    expect(locateSiteUrl(config, new URL('ftp://blog.pressroom.example/'))).toBeUndefined();
  });
});

describe('markdownLinkUrl', () => {
  test('a relative file link in the same site becomes a site path, anchor kept', () => {
    expect(markdownLinkUrl(config, 'content/docs/guides/writing-a-post.md', '../reference/frontmatter.md#blog-posts')).toBe(
      '/reference/frontmatter/#blog-posts',
    );
    expect(markdownLinkUrl(withDocsBase, 'content/docs/guides/writing-a-post.md', './index.md')).toBe('/docs/guides/');
  });

  test('a link into the other site becomes an absolute URL of that site', () => {
    expect(
      markdownLinkUrl(config, 'content/docs/guides/writing-a-post.md', '../../blog/what-why-when-where-kafka.md#why-kafka'),
    ).toBe('https://blog.pressroom.example/posts/what-why-when-where-kafka/#why-kafka');
  });

  test("a link to a post with a `slug` goes to the slug's address when the frontmatter is known", () => {
    const frontmatterOf = (path: string) => (path === 'content/blog/_series/part-1.md' ? { slug: 'first-part' } : undefined);
    expect(markdownLinkUrl(config, 'content/blog/a.md', './_series/part-1.md#end', frontmatterOf)).toBe('/posts/first-part/#end');
    expect(markdownLinkUrl(config, 'content/blog/a.md', './_series/part-1.md')).toBe('/posts/part-1/');
  });

  test('percent-encoded file names are decoded before the id is made', () => {
    expect(markdownLinkUrl(config, 'content/blog/a.md', './My%20Post.md')).toBe('/posts/my-post/');
  });

  test.each(['https://example.com/a.md', '/posts/x/', '#top', './image.png', './x.md?plain=1', '../../README.md', 'mailto:a@b.c', './component-post.mdx'])(
    'leaves %s alone',
    (href) => {
      expect(markdownLinkUrl(config, 'content/blog/a.md', href)).toBeUndefined();
    },
  );
});

test('contentPagePath follows each site route pattern', () => {
  expect(contentPagePath(config, 'blog', 'kafka')).toBe('/posts/kafka/');
  expect(contentPagePath(withDocsBase, 'docs', 'guides/index')).toBe('/docs/guides/');
});

test('isPublished: drafts never, scheduled posts within the margin', () => {
  const now = new Date('2025-01-01T12:00:00Z');
  expect(isPublished({ draft: true, pubDatetime: new Date('2020-01-01') }, now, 15)).toBe(false);
  expect(isPublished({ pubDatetime: new Date('2025-01-01T12:10:00Z') }, now, 15)).toBe(true);
  expect(isPublished({ draft: null, pubDatetime: new Date('2025-01-01T12:20:00Z') }, now, 15)).toBe(false);
});

test('blogListingPaths: one page per tag, more when a tag has more posts than a page holds', () => {
  const small = parseSiteConfig(JSON.stringify({ ...repoConfig, sites: { ...repoConfig.sites, blog: { ...repoConfig.sites.blog, postsPerPage: 1 } } }));
  const paths = blogListingPaths(small, [{ tags: ['Guide', 'Kafka'] }, { tags: ['Guide'] }]);
  expect(paths.sort()).toEqual(['/posts/2/', '/tags/guide/', '/tags/guide/2/', '/tags/kafka/']);
});
