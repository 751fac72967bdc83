import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { config, kafkaPostId, readBytes, readText, routes } from './dist.js';

const blogUrl = (path: string) => new URL(path, `${config.sites.blog.url}/`).href;
const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'category', 'url', 'sitemap'].includes(name) });

describe('the RSS feed', () => {
  test('parses, and holds every published post with its link, date and tags', () => {
    const feed = xml.parse(readText(routes.blogRss()));
    const channel = feed.rss.channel;
    expect(channel.title).toBe(config.sites.blog.title);
    expect(channel.link).toBe(blogUrl(routes.blogHome()));
    // Newest first; the sample content has seven published posts.
    expect(channel.item.map((entry: { link: string }) => entry.link)).toEqual(
      ['a-schema-for-the-configuration', 'machine-readable-sites', 'schedule-a-post', 'teach-the-spell-checker-a-word', 'check-only-what-changed', 'introducing-pressroom', kafkaPostId].map((id) =>
        blogUrl(routes.blogPost(id)),
      ),
    );
    const item = channel.item.at(-1);
    expect(item.title).toBe('What, Why, When, and Where Kafka?');
    expect(item.link).toBe(blogUrl(routes.blogPost(kafkaPostId)));
    // The post has no modDatetime, so its date is pubDatetime.
    expect(new Date(item.pubDate).toISOString()).toBe('2024-12-04T00:00:00.000Z');
    expect(item.category).toEqual(['Guide', 'Concept Introduction']);
  });

  test('never carries a draft', () => {
    expect(readText(routes.blogRss())).not.toContain('Kafka partitions and consumer groups');
  });
});

describe('the sitemap', () => {
  test('indexes the pages of the site at their public URLs, and not the search page', () => {
    const index = xml.parse(readText('/sitemap-index.xml'));
    const sitemaps: string[] = index.sitemapindex.sitemap.map((entry: { loc: string }) => entry.loc);
    expect(sitemaps).toEqual([blogUrl('/sitemap-0.xml')]);
    const urls: string[] = xml.parse(readText('/sitemap-0.xml')).urlset.url.map((entry: { loc: string }) => entry.loc);
    for (const path of [routes.blogHome(), routes.blogPosts(), routes.blogPost(kafkaPostId), routes.blogTags(), routes.blogTag('Guide'), routes.blogArchives()]) {
      expect(urls).toContain(blogUrl(path));
    }
    expect(urls).not.toContain(blogUrl(routes.blogSearch()));
    expect(urls.some((url) => url.includes('kafka-partitions-and-consumer-groups'))).toBe(false);
  });
});

describe('robots.txt', () => {
  test('allows crawling and points to the sitemap', () => {
    const lines = readText('/robots.txt').split('\n');
    expect(lines).toContain('User-agent: *');
    expect(lines).toContain(`Sitemap: ${blogUrl('/sitemap-index.xml')}`);
    expect(lines).not.toContain('Disallow: /');
  });
});

/** Width and height from the IHDR chunk, which the PNG format puts first. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('Open Graph images', () => {
  test.each([
    ['a post without ogImage', `${routes.blogPost(kafkaPostId)}og.png`],
    ['the site', `${routes.blogHome()}og.png`],
  ])('%s gets a 1200×630 PNG', (_, path) => {
    const png = readBytes(path);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    // A blank canvas compresses to almost nothing; text makes the file larger.
    expect(png.length).toBeGreaterThan(5_000);
  });
});
