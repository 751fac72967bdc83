/**
 * What the docs serve to programs: robots.txt, llms.txt and llms-full.txt (llmstxt.org), and a
 * Markdown twin beside every page. Read from the site the test command has just built.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadSiteConfig } from '@pressroom/site-config';
import { XMLParser } from 'fast-xml-parser';
import type { Root as MdastRoot } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const { config } = loadSiteConfig(dist);
const siteRoot = `${config.sites.docs.url}/`;
const base = config.sites.docs.base;
/** The built file of one of the docs' absolute URLs: `/guides/a/` → `guides/a/index.html`. */
const fileOf = (url: string) => {
  const path = decodeURIComponent(new URL(url).pathname).slice(base.length);
  return `${dist}${path === '' || path.endsWith('/') ? `${path}index.html` : path}`;
};
const read = (url: string) => readFileSync(fileOf(url), 'utf8');
const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);
const twinUrl = (pageUrl: string) => (pageUrl === siteRoot ? `${siteRoot}index.md` : pageUrl.replace(/\/$/, '.md'));

/** Every page Starlight built from the content, from the sitemap (the not-found page is not in it). */
const pageUrls: string[] = new XMLParser({ isArray: (name) => name === 'url' })
  .parse(read(`${siteRoot}sitemap-0.xml`))
  .urlset.url.map((entry: { loc: string }) => entry.loc)
  .sort();

function meta(html: string, attribute: 'property' | 'name', key: string): string | undefined {
  return new RegExp(`<meta ${attribute}="${key}" content="([^"]*)"`).exec(html)?.[1]?.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&amp;', '&');
}

describe('robots.txt', () => {
  test('allows crawling and points to the sitemap, which exists', () => {
    const lines = read(`${siteRoot}robots.txt`).split('\n');
    expect(lines).toContain('User-agent: *');
    expect(lines).not.toContain('Disallow: /');
    const sitemap = lines.find((line) => line.startsWith('Sitemap: '))?.slice('Sitemap: '.length);
    expect(sitemap).toBe(`${siteRoot}sitemap-index.xml`);
    expect(existsSync(fileOf(sitemap!))).toBe(true);
  });
});

describe('the Markdown twins', () => {
  test('there is one per built page, and none for anything else', () => {
    expect(pageUrls.length).toBeGreaterThan(8);
    const twins = readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .map((path) => path.replaceAll('\\', '/'))
      .filter((path) => path.endsWith('.md'))
      .map((path) => `${siteRoot}${path}`)
      .sort();
    expect(twins).toEqual(pageUrls.map(twinUrl).sort());
  });

  test.each(pageUrls)('%s: title and description as on the page, every link absolute and built', (pageUrl) => {
    const twin = read(twinUrl(pageUrl));
    const html = read(pageUrl);
    const tree = markdown.parse(twin) as MdastRoot;
    const [frontmatter] = tree.children;
    expect(frontmatter?.type).toBe('yaml');
    const fields = parseYaml(frontmatter?.type === 'yaml' ? frontmatter.value : '') as Record<string, string>;
    expect(Object.keys(fields).sort()).toEqual(['description', 'title']);
    expect(fields['title']).toBe(meta(html, 'property', 'og:title'));
    expect(fields['description']).toBe(meta(html, 'name', 'description'));
    const urls: string[] = [];
    visit(tree, (node) => {
      if (node.type === 'link' || node.type === 'image' || node.type === 'definition') urls.push(node.url);
    });
    for (const url of urls) {
      expect(url, pageUrl).toMatch(/^[a-z][a-z\d+.-]*:/i);
      if (url.startsWith(siteRoot)) expect(existsSync(fileOf(url.replace(/#.*$/, ''))), `${pageUrl} → ${url}`).toBe(true);
    }
    // The page names its twin in its head.
    expect(/<link rel="alternate" type="text\/markdown"[^>]* href="([^"]*)"/.exec(html)?.[1]).toBe(twinUrl(pageUrl));
  });
});

describe('llms.txt', () => {
  const text = read(`${siteRoot}llms.txt`);
  const tree = markdown.parse(text) as MdastRoot;

  test('follows the llmstxt.org layout: a title, a summary quote, then sections of link lists', () => {
    const [title, summary, ...rest] = tree.children;
    expect(title).toMatchObject({ type: 'heading', depth: 1 });
    expect(text.startsWith(`# ${config.sites.docs.title}\n`)).toBe(true);
    expect(summary?.type).toBe('blockquote');
    const headings = rest.filter((node) => node.type === 'heading');
    expect(headings.every((node) => node.depth === 2)).toBe(true);
    expect(rest.filter((node) => node.type === 'list')).toHaveLength(headings.length);
  });

  test('lists the Markdown twin of every published page, each once, with its title', () => {
    const links: { url: string; text: string }[] = [];
    visit(tree, 'link', (node) => {
      links.push({ url: node.url, text: node.children.map((child) => ('value' in child ? child.value : '')).join('') });
    });
    const twins = links.filter((link) => link.url.endsWith('.md'));
    expect(twins.map((link) => link.url).sort()).toEqual(pageUrls.map(twinUrl).sort());
    for (const link of links) expect(existsSync(fileOf(link.url)), link.url).toBe(true);
    for (const link of twins) expect(meta(read(link.url.endsWith('/index.md') ? link.url.slice(0, -'index.md'.length) : link.url.replace(/\.md$/, '/')), 'property', 'og:title')).toBe(link.text);
  });

  test('llms-full.txt holds every twin in full', () => {
    const full = read(`${siteRoot}llms-full.txt`);
    for (const pageUrl of pageUrls) expect(full).toContain(read(twinUrl(pageUrl)).trimEnd());
  });
});
