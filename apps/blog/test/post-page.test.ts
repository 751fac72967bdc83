import { editUrl } from '@pressroom/site-config';
import { describe, expect, test } from 'vitest';
import { attributeOf, config, hrefs, kafkaPostId, page, readText, routes } from './dist.js';

const postPath = routes.blogPost(kafkaPostId);
const postUrl = `${config.sites.blog.url}${postPath}`;
const meta = (key: string) => {
  const post = page(postPath);
  return post.attribute(`meta[property="${key}"]`, 'content') ?? post.attribute(`meta[name="${key}"]`, 'content');
};

describe('a post page', () => {
  test('has landmarks, a skip link to the main content, and one h1', () => {
    const post = page(postPath);
    for (const landmark of ['header', 'nav', 'main', 'footer']) expect(post.one(landmark), landmark).toBeDefined();
    const skip = post.one('body > a.skip-link');
    expect(attributeOf(skip, 'href')).toBe('#main-content');
    expect(post.one('main#main-content')).toBeDefined();
    expect(post.all('h1')).toHaveLength(1);
  });

  test('shows the reading time computed from the post', () => {
    expect(page(postPath).text('.reading-time')).toMatch(/^[1-9]\d* min read$/);
  });

  test('fills the table of contents, and every link in it lands on a heading', () => {
    const post = page(postPath);
    expect(post.text('h2#table-of-contents')).toBe('Table of contents');
    const links = hrefs(post.all('details.toc a'));
    expect(links.length).toBeGreaterThanOrEqual(10);
    const headingIds = new Set(post.all('h2[id], h3[id], h4[id]').map((heading) => attributeOf(heading, 'id')));
    for (const href of links) {
      expect(href).toMatch(/^#/);
      expect(headingIds, `${href} has no heading`).toContain(href!.slice(1));
    }
    expect(links).toContain('#example-santas-factory');
  });

  test('gives each section heading a labelled self-link', () => {
    const link = page(postPath).one('.heading-wrapper:has(> h2#introduction) > a.heading-link');
    expect(attributeOf(link, 'href')).toBe('#introduction');
    expect(page(postPath).text('.heading-wrapper:has(> h2#introduction) .sr-only')).toBe('Section titled “Introduction”');
  });

  test('marks external links, without forcing a new window', () => {
    const external = page(postPath).all('.prose a[href^="https://kafka.apache.org"]');
    expect(external.length).toBeGreaterThan(0);
    for (const link of external) {
      expect(attributeOf(link, 'rel')).toBe('noopener noreferrer');
      expect(attributeOf(link, 'target')).toBeUndefined();
    }
    expect(page(postPath).text('.prose a[href^="https://kafka.apache.org"] .sr-only')).toBe('(external link)');
  });

  test('links its tags to their tag pages', () => {
    expect(hrefs(page(postPath).all('.post-header .tag-list a'))).toEqual([routes.blogTag('Guide'), routes.blogTag('Concept Introduction')]);
  });

  test('links to its source file for editing', () => {
    const href = page(postPath).attribute('a.edit-link', 'href');
    expect(href).toBe(editUrl(config, `${config.sites.blog.contentDir}/${kafkaPostId}.md`));
    expect(page(postPath).text('a.edit-link')).toBe('Edit this post');
  });

  test('offers share links that are plain links to the post', () => {
    const links = hrefs(page(postPath).all('.share-links a'));
    expect(links.length).toBeGreaterThanOrEqual(3);
    for (const href of links) expect(decodeURIComponent(href!)).toContain(postUrl);
  });

  test('puts title, description, dates, author, tags and share image in <meta>', () => {
    expect(meta('og:title')).toBe('What, Why, When, and Where Kafka?');
    expect(meta('og:type')).toBe('article');
    expect(meta('og:url')).toBe(postUrl);
    expect(page(postPath).attribute('link[rel="canonical"]', 'href')).toBe(postUrl);
    expect(meta('og:image')).toBe(`${postUrl}og.png`);
    expect(meta('twitter:image')).toBe(`${postUrl}og.png`);
    expect(meta('twitter:card')).toBe('summary_large_image');
    expect(meta('description')).toMatch(/^What Apache Kafka is/);
    expect(meta('author')).toBe('Bryan Montalvan');
    expect(meta('article:published_time')).toBe('2024-12-04T00:00:00.000Z');
  });

  test('ships no script file: the inline theme and Copy scripts, and JSON-LD data', () => {
    const post = page(postPath);
    const scripts = post.all('script');
    expect(scripts.map((script) => attributeOf(script, 'src'))).toEqual(scripts.map(() => undefined));
    expect(readText(postPath)).not.toMatch(/<script[^>]*\bsrc=/);
    expect(readText(postPath)).not.toMatch(/<link[^>]*rel="modulepreload"/);
    expect(scripts.map((script) => attributeOf(script, 'type'))).toEqual([undefined, 'application/ld+json', 'application/ld+json', undefined]);
    // The theme script sits first in <head>, so the theme is set before the body is painted.
    expect(post.one('head > script')).toBe(scripts[0]);
    expect(readText(postPath)).toContain("localStorage.getItem('theme')");
  });

  test('marks only the post text for the search index', () => {
    const post = page(postPath);
    expect(post.all('[data-pagefind-body]')).toHaveLength(1);
    expect(post.one('.prose[data-pagefind-body] h2#introduction')).toBeDefined();
  });

  test('has a theme toggle button that says what it does', () => {
    const toggle = page(postPath).one('button#theme-toggle');
    expect(attributeOf(toggle, 'type')).toBe('button');
    expect(attributeOf(toggle, 'aria-label')).toBe('Dark theme');
    expect(attributeOf(toggle, 'aria-pressed')).toBe('false');
  });
});
