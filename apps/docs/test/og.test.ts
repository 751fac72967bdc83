import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadSiteConfig } from '@pressroom/site-config';
import { describe, expect, test } from 'vitest';
import { fallbackPages, fileOf, translatedPages } from './locale-pages.ts';

// These tests read the site the test command has just built (`turbo run build` runs first).
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const { config } = loadSiteConfig(dist);
const siteUrl = `${config.sites.docs.url}/`;

const htmlPages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .map((path) => path.replaceAll('\\', '/'))
  .filter((path) => path.endsWith('.html') && !path.startsWith('pagefind/'))
  .sort();

function metaContent(html: string, attribute: 'property' | 'name', key: string): string[] {
  return [...html.matchAll(new RegExp(`<meta ${attribute}="${key}" content="([^"]*)"`, 'g'))].map((match) => match[1]!);
}

/** Width and height from the IHDR chunk, which the PNG format puts first. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('Open Graph images of the docs', () => {
  test('every page names one card, twitter:image the same, and the card is a built 1200×630 PNG', () => {
    expect(htmlPages.length).toBeGreaterThan(8);
    const cards = new Set<string>();
    for (const page of htmlPages) {
      const html = readFileSync(`${dist}${page}`, 'utf8');
      const [image, ...more] = metaContent(html, 'property', 'og:image');
      expect(more, page).toEqual([]);
      expect(metaContent(html, 'name', 'twitter:image'), page).toEqual([image]);
      expect(image?.startsWith(siteUrl), `${page}: ${image}`).toBe(true);
      const file = `${dist}${image!.slice(siteUrl.length)}`;
      expect(existsSync(file), `${page}: ${image}`).toBe(true);
      expect(pngSize(readFileSync(file))).toEqual({ width: 1200, height: 630 });
      cards.add(image!);
    }
    // One card per page with a file of its own; the not-found page shares the home page's, and a
    // page a locale falls back to the default page's.
    expect(fallbackPages.length).toBeGreaterThan(0);
    expect(cards.size).toBe(htmlPages.length - 1 - fallbackPages.length);
  });

  test("a page's card sits beside it", () => {
    const html = readFileSync(`${dist}guides/writing-a-post/index.html`, 'utf8');
    expect(metaContent(html, 'property', 'og:image')).toEqual([`${siteUrl}guides/writing-a-post/og.png`]);
    expect(metaContent(html, 'property', 'og:image:alt')).toEqual(['Writing a post']);
  });

  test("a translated page has its own card, with its own title; a fallback page names the default page's", () => {
    expect(translatedPages.length).toBeGreaterThan(0);
    for (const page of translatedPages) {
      const html = readFileSync(fileOf(page.url), 'utf8');
      expect(metaContent(html, 'property', 'og:image')).toEqual([`${page.url}og.png`]);
      expect(metaContent(html, 'property', 'og:image:alt')).toEqual(metaContent(html, 'property', 'og:title'));
    }
    for (const page of fallbackPages) {
      expect(metaContent(readFileSync(fileOf(page.url), 'utf8'), 'property', 'og:image'), page.url).toEqual([`${page.fallbackOf}og.png`]);
      expect(existsSync(fileOf(`${page.url}og.png`)), page.url).toBe(false);
    }
  });

  test('the cards differ from page to page', () => {
    const home = readFileSync(`${dist}og.png`);
    const guide = readFileSync(`${dist}guides/writing-a-post/og.png`);
    expect(home.equals(guide)).toBe(false);
    expect(guide.length).toBeGreaterThan(5_000);
  });
});
