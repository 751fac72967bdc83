import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { markdownLinkUrl, parseSiteConfig } from '@pressroom/site-config';
import { beforeAll, describe, expect, test } from 'vitest';
import { otherContentFiles } from '../../src/run/files.js';
import { buildLinkGraph, type LinkGraph } from '../../src/links/graph.js';
import { resolveLink, type Resolution } from '../../src/links/resolve.js';
import type { LinkKind } from '../../src/rule.js';

const rootDir = fileURLToPath(new URL('../fixtures/sites/', import.meta.url));
const config = parseSiteConfig(readFileSync(`${rootDir}/pressroom.config.json`, 'utf8'));
let graph: LinkGraph;

beforeAll(async () => {
  graph = buildLinkGraph({ config, rootDir, files: otherContentFiles(config, rootDir, []), now: new Date('2025-06-01T00:00:00Z') });
});

function resolve(from: string, url: string, kind: LinkKind = 'link'): Resolution {
  return resolveLink(graph, { relativePath: from, page: graph.pagesByFile.get(from) }, url, kind);
}

const post = 'content/blog/streams-intro.md';
const guide = 'content/docs/guides/writing.md';

describe('the graph', () => {
  test('knows every published page by its route, with the base of its site', () => {
    expect([...graph.pagesByRoute.blog.keys()].sort()).toEqual([
      '/posts/draft-post/',
      '/posts/future-post/',
      '/posts/streams-intro/',
    ]);
    expect(graph.pagesByFile.get(guide)?.sitePath).toBe('/handbook/guides/writing/');
    expect(graph.pagesByFile.has('content/blog/_unlisted.md')).toBe(false);
    expect(graph.pagesByFile.get('content/blog/draft-post.md')?.unpublished).toBe('draft');
    expect(graph.pagesByFile.get('content/blog/future-post.md')?.unpublished).toBe('scheduled');
  });

  test('builds tag pages from published posts only', () => {
    expect(graph.otherRoutes.blog.has('/tags/streams/')).toBe(true);
    expect(graph.otherRoutes.blog.has('/tags/data-systems/')).toBe(true);
  });
});

describe('links that land', () => {
  test.each([
    ['relative file link into the other site', post, '../docs/guides/writing.md#links'],
    ['relative file link to a folder index', guide, '../index.md'],
    ['same-page anchor', post, '#setup-the-short-way'],
    ['same-page anchor to a duplicate heading', post, '#overview-1'],
    ['same-page anchor to raw HTML id', post, '#custom-anchor'],
    ['anchor to an <a name>-less raw heading is not an id, but `name` on <a> is', post, '#user-content-fn-note'],
    ['#top always works', post, '#top'],
    ['site-root link in the blog', post, '/posts/streams-intro/#dont-panic'],
    ['site-root link in the docs, base included', guide, '/handbook/guides/writing/#links'],
    ['absolute URL of the other site', post, 'https://example.test/handbook/guides/writing/#start-with-the-frontmatter'],
    ['absolute URL of the docs home', post, 'https://example.test/handbook/'],
    ['http form of the blog URL', guide, 'http://blog.example.test/posts/streams-intro/'],
    ['the theme id of every docs page', post, 'https://example.test/handbook/guides/writing/#_top'],
    ['a blog listing page', post, '/tags/streams/'],
    ['the feed', post, '/rss.xml'],
    ['a file in the blog public folder', post, '/favicon.svg'],
    ['a file in the docs public folder, under the base', guide, '/handbook/img/diagram.svg'],
    ['a link relative to the page URL', guide, '../../guides/writing/#links'],
    ['a percent-encoded anchor', post, '#caf%C3%A9-au-lait-'],
    ['an archive year', post, '/archives/#year-2024'],
    ['an archive month', post, '/archives/#month-2024-01'],
    ['the layout id of every blog page', guide, 'https://blog.example.test/tags/#main-content'],
    ['the not-found page', post, '/404.html'],
  ])('%s', (_name, from, url) => {
    expect(resolve(from, url).status).toBe('ok');
  });

  test('an image next to the content is bundled by the site', () => {
    expect(resolve(post, './cover.png', 'image').status).toBe('ok');
  });

  test.each(['mailto:someone@example.test', 'tel:+123', 'data:image/png;base64,AAAA'])('%s is left alone', (url) => {
    expect(resolve(post, url).status).toBe('skipped');
  });

  test('other hosts are external', () => {
    expect(resolve(post, 'https://kafka.apache.org/intro')).toEqual({ status: 'external', url: 'https://kafka.apache.org/intro' });
    expect(resolve(post, '//cdn.example.org/x.js')).toEqual({ status: 'external', url: 'https://cdn.example.org/x.js' });
  });
});

describe('broken links', () => {
  test('a missing file names the target and offers the nearest page', () => {
    const result = resolve(post, '../docs/guides/writting.md');
    expect(result.status).toBe('missing-file');
    if (result.status !== 'missing-file') return;
    expect(result.target).toBe('../docs/guides/writting.md');
    expect(result.candidates()).toContain('../docs/guides/writing.md');
  });

  test('a missing site page offers routes in the same form', () => {
    const result = resolve(guide, 'https://example.test/handbook/guide/writing/');
    expect(result.status).toBe('missing-file');
    if (result.status !== 'missing-file') return;
    expect(result.target).toBe('https://example.test/handbook/guide/writing/');
    expect(result.candidates()).toContain('https://example.test/handbook/guides/writing/');
  });

  test('a site-root link is served by the linking page\'s own site', () => {
    expect(resolve(guide, '/posts/streams-intro/').status).toBe('missing-file');
  });

  test('a site-root docs link without the base is outside the site', () => {
    const result = resolve(guide, '/guides/writing/');
    expect(result.status).toBe('missing-file');
    if (result.status === 'missing-file') expect(result.reason).toMatch(/outside the docs site's base path/);
  });

  test.each([
    [post, '#why-streams-', 'why-streams-'],
    [post, '#Why-streams', 'Why-streams'],
    [post, '#raw-heading', 'raw-heading'],
    [guide, 'https://blog.example.test/posts/streams-intro/#overview-2', 'overview-2'],
    [post, '../docs/guides/writing.md#link', 'link'],
  ])('%s → %s is a missing anchor', (from, url, anchor) => {
    const result = resolve(from, url);
    expect(result.status).toBe('missing-anchor');
    if (result.status === 'missing-anchor') expect(result.anchor).toBe(anchor);
  });

  test('an anchor a listing page does not have', () => {
    expect(resolve(post, '/archives/#year-1999')).toMatchObject({ status: 'missing-anchor', anchor: 'year-1999', where: '/archives/' });
    expect(resolve(post, '/tags/#streams')).toMatchObject({ status: 'missing-anchor', anchor: 'streams', where: '/tags/' });
  });

  test('links to a draft and to a scheduled post are unpublished targets', () => {
    expect(resolve(guide, '../../blog/draft-post.md')).toMatchObject({ status: 'unpublished', reason: 'draft' });
    expect(resolve(post, '/posts/future-post/')).toMatchObject({ status: 'unpublished', reason: 'scheduled' });
  });

  test('a file that exists but is not published by the site', () => {
    expect(resolve(post, './_unlisted.md')).toMatchObject({ status: 'missing-file', reason: 'the file is not published by either site' });
    expect(resolve(post, './notes.pdf')).toMatchObject({ status: 'missing-file', reason: expect.stringMatching(/apps\/blog\/public/) });
    expect(resolve(post, './missing.png', 'image').status).toBe('missing-file');
  });

  test.each([
    [post, '/posts/streams-intro', 'a missing trailing slash', '/posts/streams-intro/'],
    [post, '/posts/streams-intro.html', 'the `.html` form', '/posts/streams-intro/'],
    [post, '/posts/streams-intro/index.html#overview', 'the `.html` form', '/posts/streams-intro/#overview'],
    [post, '/posts/streams-intro/?utm_source=x', 'the query string `?utm_source=x`', '/posts/streams-intro/'],
    [post, 'https://example.test/handbook/guides/writing', 'a missing trailing slash', 'https://example.test/handbook/guides/writing/'],
  ])('%s → %s is a form the site does not serve', (from, url, problem, expected) => {
    expect(resolve(from, url)).toEqual({ status: 'unserved-form', problem, expected });
  });
});

test('a relative file link and the URL the Markdown pipeline rewrites it to land on the same page', () => {
  const pages = [...graph.pagesByFile.values()];
  let pairs = 0;
  for (const from of pages) {
    for (const to of pages) {
      const written = `${posix.relative(posix.dirname(from.relativePath), to.relativePath)}#some-anchor`;
      const rewritten = markdownLinkUrl(config, from.relativePath, written);
      expect(rewritten, written).toBeDefined();
      const byFile = resolve(from.relativePath, written);
      const byUrl = resolve(from.relativePath, rewritten!);
      expect(byUrl.status, `${from.relativePath} → ${rewritten}`).toBe(byFile.status);
      if ('page' in byFile) expect('page' in byUrl && byUrl.page).toBe(byFile.page);
      pairs++;
    }
  }
  expect(pairs).toBe(pages.length ** 2);
});
