/**
 * What the docs serve to programs: robots.txt, llms.txt and llms-full.txt (llmstxt.org), and a
 * Markdown twin beside every page. Read from the site the test command has just built.
 */
import { existsSync, readdirSync } from 'node:fs';
import { loadSiteConfig } from '@pressroom/site-config';
import type { Root as MdastRoot } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { dist, fallbackPages, fileOf, ownPages, read, siteRoot, sitemapEntries, translatedPages } from './locale-pages.ts';

const { config } = loadSiteConfig(dist);
const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);
const twinUrl = (pageUrl: string) => (pageUrl === siteRoot ? `${siteRoot}index.md` : pageUrl.replace(/\/$/, '.md'));
/** The pages with a file of their own: a fallback page shows another page's, and has no twin. */
const pageUrls = ownPages.map((page) => page.url);

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

describe('the sitemap', () => {
  test('lists every page with a file of its own, and no page a locale falls back to', () => {
    expect(fallbackPages.length).toBeGreaterThan(0);
    expect(sitemapEntries.map((entry) => entry.url).sort()).toEqual([...pageUrls].sort());
  });

  test("names a page's translations as its alternates, and no fallback page", () => {
    const byUrl = new Map(sitemapEntries.map((entry) => [entry.url, entry]));
    expect(translatedPages.length).toBeGreaterThan(0);
    for (const page of translatedPages) {
      const entry = byUrl.get(page.url)!;
      expect(entry.alternates[page.locale.lang], page.url).toBe(page.url);
      // The page it translates lists it back.
      const source = Object.entries(entry.alternates).find(([lang]) => lang !== page.locale.lang);
      expect(source, page.url).toBeDefined();
      expect(byUrl.get(source![1])?.alternates[page.locale.lang], page.url).toBe(page.url);
    }
    for (const entry of sitemapEntries) for (const url of Object.values(entry.alternates)) expect(pageUrls, `${entry.url} → ${url}`).toContain(url);
  });
});

describe('the Markdown twins', () => {
  test('there is one per page with a file of its own, and none for anything else', () => {
    expect(pageUrls.length).toBeGreaterThan(8);
    // The docs ship a translation and the pages it falls back to: both kinds are checked below.
    expect(translatedPages.length).toBeGreaterThan(0);
    expect(fallbackPages.length).toBeGreaterThan(0);
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

describe('the pages a locale falls back to', () => {
  test.each(fallbackPages.map((page) => [page.url, page] as const))('%s is the default page again: its twin and card, not searched in its locale', (url, page) => {
    const html = read(url);
    const original = read(page.fallbackOf!);
    expect(existsSync(fileOf(twinUrl(url))), twinUrl(url)).toBe(false);
    expect(html).toMatch(new RegExp(`<html lang="${page.locale.lang}" dir="${page.locale.dir}"`));
    // The content keeps the language it is written in.
    expect(html).toMatch(/<main[^>]* lang="en"/);
    expect(/<link rel="alternate" type="text\/markdown"[^>]* href="([^"]*)"/.exec(html)?.[1]).toBe(twinUrl(page.fallbackOf!));
    expect(meta(html, 'property', 'og:image')).toBe(meta(original, 'property', 'og:image'));
    expect(meta(html, 'property', 'og:title')).toBe(meta(original, 'property', 'og:title'));
    // Pagefind indexes a page by its `<html lang>`: indexed, English text would answer searches in French.
    expect(html).not.toContain('data-pagefind-body');
    expect(original).toContain('data-pagefind-body');
  });

  test("each locale's search index holds its own pages only", () => {
    const entry = JSON.parse(read(`${siteRoot}pagefind/pagefind-entry.json`)) as { languages: Record<string, { page_count: number }> };
    const counts = Object.fromEntries(Object.entries(entry.languages).map(([lang, { page_count }]) => [lang, page_count]));
    const expected: Record<string, number> = {};
    for (const page of ownPages) expected[page.locale.lang] = (expected[page.locale.lang] ?? 0) + 1;
    expect(counts).toEqual(expected);
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

  test("lists each locale's translations in a section of its own", () => {
    for (const page of translatedPages) {
      const section = text.slice(text.indexOf(`## ${page.locale.label} (${page.locale.lang})\n`));
      expect(section.startsWith('## '), page.locale.label).toBe(true);
      expect(section.split(/\n## /)[0]).toContain(`](${twinUrl(page.url)})`);
    }
    for (const page of fallbackPages) expect(text).not.toContain(twinUrl(page.url));
  });

  test('llms-full.txt holds every twin in full', () => {
    const full = read(`${siteRoot}llms-full.txt`);
    for (const pageUrl of pageUrls) expect(full).toContain(read(twinUrl(pageUrl)).trimEnd());
  });
});
