/**
 * What the blog serves to programs: the RSS feed and the JSON Feed in full, llms.txt and
 * llms-full.txt (llmstxt.org), and a Markdown twin beside each post. Read from the built site.
 */
import { XMLParser } from 'fast-xml-parser';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import type { Root as MdastRoot } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { attributeOf, config, exists, page, readText, routes } from './dist.js';

const siteRoot = `${config.sites.blog.url}/`;
const blogUrl = (path: string) => new URL(path, siteRoot).href;
/** The site path of one of the blog's absolute URLs. */
const sitePath = (url: string) => new URL(url).pathname;
const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'category', 'url'].includes(name) });
const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

/** Every published post's page, from the sitemap: `/posts/<id>/` that is not a list page (`/posts/2/`). */
const postUrls: string[] = xml
  .parse(readText('/sitemap-0.xml'))
  .urlset.url.map((entry: { loc: string }) => entry.loc)
  .filter((url: string) => /\/posts\/.+\/$/.test(sitePath(url)) && !/\/posts\/\d+\/$/.test(sitePath(url)))
  .sort();

const twinUrl = (pageUrl: string) => pageUrl.replace(/\/$/, '.md');
/** Attribute values in HTML that still point somewhere relative (`/posts/x/`, `../a.png`, `#id`). */
const relativeUrls = (html: string) =>
  [...html.matchAll(/\s(?:href|src|poster|cite)="([^"]*)"/g)].map((match) => match[1]!).filter((url) => !/^[a-z][a-z\d+.-]*:/i.test(url));

interface RssItem {
  title: string;
  link: string;
  guid: { '#text': string };
  pubDate: string;
  description: string;
  'content:encoded': string;
  category?: string[];
}

describe('the RSS feed', () => {
  const rss = xml.parse(readText(routes.blogRss())).rss;
  const items: RssItem[] = rss.channel.item;

  test('names its own address with atom:link rel="self"', () => {
    expect(rss['@_xmlns:atom']).toBe('http://www.w3.org/2005/Atom');
    expect(rss.channel['atom:link']).toEqual({ '@_href': blogUrl(routes.blogRss()), '@_rel': 'self', '@_type': 'application/rss+xml' });
  });

  test('gives lastBuildDate as the newest post date, in RFC 822 form', () => {
    const lastBuildDate: string = rss.channel.lastBuildDate;
    expect(lastBuildDate).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
    const newest = Math.max(...items.map((item) => Date.parse(item.pubDate)));
    expect(Date.parse(lastBuildDate)).toBe(newest);
  });

  test('holds every published post once, in full, with every link and image absolute', () => {
    expect(items.map((item) => item.link).sort()).toEqual(postUrls);
    for (const item of items) {
      const html = item['content:encoded'];
      expect(item.guid['#text']).toBe(item.link);
      // The post's own text is in the feed, not only its summary: its last paragraph too.
      const paragraphs = page(sitePath(item.link)).all('.prose p');
      const lastParagraph = toString(paragraphs.at(-1)!).replace(/\s+/g, ' ').trim();
      expect(lastParagraph.length, item.link).toBeGreaterThan(20);
      expect(toString(fromHtml(html, { fragment: true })).replace(/\s+/g, ' '), item.link).toContain(lastParagraph);
      expect(html.length, item.link).toBeGreaterThan(item.description.length);
      expect(relativeUrls(html), item.link).toEqual([]);
    }
  });

  test('every link inside the posts that points into the blog leads to a built page or file', () => {
    for (const item of items) {
      for (const url of [...item['content:encoded'].matchAll(/\shref="([^"#]*)(?:#[^"]*)?"/g)].map((match) => match[1]!)) {
        if (!url.startsWith(siteRoot)) continue;
        expect(exists(sitePath(url)), `${item.link} → ${url}`).toBe(true);
      }
    }
  });
});

describe('the JSON Feed', () => {
  const feed = JSON.parse(readText(`${routes.blogHome()}feed.json`));

  test('has the fields JSON Feed 1.1 requires, and names itself and the site', () => {
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.title).toBe(config.sites.blog.title);
    expect(feed.home_page_url).toBe(blogUrl(routes.blogHome()));
    expect(feed.feed_url).toBe(blogUrl(`${routes.blogHome()}feed.json`));
    expect(Array.isArray(feed.items)).toBe(true);
    expect(feed.authors).toEqual([{ name: config.author }]);
  });

  test('each item has a unique id, its URL, full HTML content and RFC 3339 dates', () => {
    const rssItems: RssItem[] = xml.parse(readText(routes.blogRss())).rss.channel.item;
    expect(feed.items.map((item: { url: string }) => item.url).sort()).toEqual(postUrls);
    expect(new Set(feed.items.map((item: { id: string }) => item.id)).size).toBe(feed.items.length);
    for (const item of feed.items) {
      expect(typeof item.id).toBe('string');
      expect(exists(sitePath(item.url))).toBe(true);
      expect(item.content_html).toBe(rssItems.find((rssItem) => rssItem.link === item.url)?.['content:encoded']);
      expect(item.date_published).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/);
      if (item.date_modified !== undefined) expect(Date.parse(item.date_modified)).toBeGreaterThanOrEqual(Date.parse(item.date_published));
      expect(exists(sitePath(item.image))).toBe(true);
      expect(item._pressroom.markdown_url).toBe(twinUrl(item.url));
    }
  });

  test('pages announce both feeds', () => {
    const home = page(routes.blogHome());
    expect(attributeOf(home.one('link[rel="alternate"][type="application/feed+json"]'), 'href')).toBe(feed.feed_url);
    expect(attributeOf(home.one('link[rel="alternate"][type="application/rss+xml"]'), 'href')).toBe(blogUrl(routes.blogRss()));
  });
});

describe('the Markdown twins of the posts', () => {
  test.each(postUrls)('%s has a twin with its title and description and absolute links', (pageUrl) => {
    const twin = readText(sitePath(twinUrl(pageUrl)));
    const tree = markdown.parse(twin) as MdastRoot;
    const [frontmatter] = tree.children;
    expect(frontmatter?.type).toBe('yaml');
    const html = page(sitePath(pageUrl));
    expect(parseYaml(frontmatter?.type === 'yaml' ? frontmatter.value : '')).toEqual({
      title: attributeOf(html.one('meta[property="og:title"]'), 'content'),
      description: attributeOf(html.one('meta[name="description"]'), 'content'),
    });
    const urls: string[] = [];
    visit(tree, (node) => {
      if (node.type === 'link' || node.type === 'image' || node.type === 'definition') urls.push(node.url);
    });
    for (const url of urls) {
      expect(url, pageUrl).toMatch(/^[a-z][a-z\d+.-]*:/i);
      if (url.startsWith(siteRoot)) expect(exists(sitePath(url.replace(/#.*$/, ''))), `${pageUrl} → ${url}`).toBe(true);
    }
    // The page names its twin, and the twin keeps the body as written.
    expect(attributeOf(html.one('link[rel="alternate"][type="text/markdown"]'), 'href')).toBe(twinUrl(pageUrl));
    expect(tree.children.length).toBeGreaterThan(1);
  });
});

describe('llms.txt', () => {
  const text = readText(`${routes.blogHome()}llms.txt`);
  const tree = markdown.parse(text) as MdastRoot;

  test('follows the llmstxt.org layout: a title, a summary quote, then sections of link lists', () => {
    const [title, summary, ...rest] = tree.children;
    expect(title).toMatchObject({ type: 'heading', depth: 1 });
    expect(text.startsWith(`# ${config.sites.blog.title}\n`)).toBe(true);
    expect(summary?.type).toBe('blockquote');
    const headings = rest.filter((node) => node.type === 'heading');
    expect(headings.every((node) => node.depth === 2)).toBe(true);
    const lists = rest.filter((node) => node.type === 'list');
    expect(lists).toHaveLength(headings.length);
  });

  test('lists the Markdown twin of every published post, each once, and only links that resolve', () => {
    const links: string[] = [];
    visit(tree, 'link', (node) => {
      links.push(node.url);
    });
    const twins = links.filter((url) => url.endsWith('.md'));
    expect(twins.sort()).toEqual(postUrls.map(twinUrl).sort());
    for (const url of links) expect(exists(sitePath(url)), url).toBe(true);
  });

  test('llms-full.txt holds every twin in full', () => {
    const full = readText(`${routes.blogHome()}llms-full.txt`);
    for (const pageUrl of postUrls) expect(full).toContain(readText(sitePath(twinUrl(pageUrl))).trimEnd());
  });
});
