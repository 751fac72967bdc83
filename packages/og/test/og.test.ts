import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { afterEach, describe, expect, test } from 'vitest';
import { cardSvg, ogCardTree, rasterOptions } from '../src/card.js';
import { createOgImageRenderer, defaultOgCacheDir, defaultOgCardTheme, renderOgImage, type OgCardContent } from '../src/index.js';

const posts: OgCardContent[] = [
  { title: 'Checking links across two sites', subtitle: 'Pressroom · March 3, 2025', siteTitle: 'Pressroom Blog', siteHost: 'blog.pressroom.example' },
  { title: 'Adopting Pressroom for an existing blog', subtitle: 'Pressroom · April 9, 2025', siteTitle: 'Pressroom Blog', siteHost: 'blog.pressroom.example' },
  { title: 'Frontmatter reference', subtitle: 'Every frontmatter field of posts and pages.', siteTitle: 'Pressroom Docs', siteHost: 'docs.pressroom.example' },
];

/** Width and height from the IHDR chunk, which the PNG format puts first. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const scratchDirs: string[] = [];
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pressroom-og-'));
  scratchDirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of scratchDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

test('a card is a 1200×630 PNG with text on it', async () => {
  const png = await renderOgImage(posts[0]!);
  expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  // A blank canvas compresses to almost nothing; text makes the file larger.
  expect(png.length).toBeGreaterThan(5_000);
});

test('a card is drawn without the system fonts, pixel for pixel as with them, so cached cards stay valid', async () => {
  // Text outside Inter's latin subset too: satori draws every glyph as a path, resvg none.
  const content = { ...posts[0]!, title: 'Grüße, “quotes” — and 日本語' };
  const svg = await cardSvg(ogCardTree(content, defaultOgCardTheme));
  expect(svg).not.toMatch(/<text/);
  const withSystemFonts = new Resvg(svg, rasterOptions).render().asPng();
  expect((await renderOgImage(content)).equals(withSystemFonts)).toBe(true);
});

describe('the cache between builds', () => {
  test('a second build after editing one post draws one card and reads the others back unchanged', async () => {
    const cacheDir = scratch();
    const first = createOgImageRenderer({ cacheDir });
    const firstImages = await Promise.all(posts.map((post) => first.render(post)));
    expect(first.stats).toEqual({ drawn: 3, fromCache: 0 });
    expect(readdirSync(cacheDir).filter((file) => file.endsWith('.png'))).toHaveLength(3);

    const edited = posts.map((post, index) => (index === 1 ? { ...post, title: `${post.title}, revised` } : post));
    const second = createOgImageRenderer({ cacheDir });
    const secondImages = await Promise.all(edited.map((post) => second.render(post)));
    expect(second.stats).toEqual({ drawn: 1, fromCache: 2 });
    expect(secondImages[0]!.equals(firstImages[0]!)).toBe(true);
    expect(secondImages[2]!.equals(firstImages[2]!)).toBe(true);
    expect(secondImages[1]!.equals(firstImages[1]!)).toBe(false);
  });

  test('every input of the card is in its key: title, subtitle, site, host and colours', async () => {
    const renderer = createOgImageRenderer({ cacheDir: false });
    const post = posts[0]!;
    const key = await renderer.cacheKey(post);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(await renderer.cacheKey({ ...post })).toBe(key);
    const variants = [
      { ...post, title: 'Checking links across three sites' },
      { ...post, subtitle: 'Pressroom · March 4, 2025' },
      { ...post, siteTitle: 'Pressroom Docs' },
      { ...post, siteHost: 'docs.pressroom.example' },
    ];
    const keys = await Promise.all(variants.map((variant) => renderer.cacheKey(variant)));
    const recoloured = createOgImageRenderer({ cacheDir: false, theme: { ...defaultOgCardTheme, accent: '#ff8800' } });
    keys.push(await recoloured.cacheKey(post));
    expect(new Set([key, ...keys]).size).toBe(6);
  });

  test('a truncated card in the cache (a build stopped while writing) is drawn again', async () => {
    const cacheDir = scratch();
    const renderer = createOgImageRenderer({ cacheDir });
    const png = await renderer.render(posts[0]!);
    const file = join(cacheDir, `${await renderer.cacheKey(posts[0]!)}.png`);
    writeFileSync(file, png.subarray(0, png.length / 2));

    const next = createOgImageRenderer({ cacheDir });
    expect((await next.render(posts[0]!)).equals(png)).toBe(true);
    expect(next.stats).toEqual({ drawn: 1, fromCache: 0 });
    expect(readFileSync(file).equals(png)).toBe(true);
  });

  test('a cache folder that cannot be written costs the cache, not the image', async () => {
    const blocked = join(scratch(), 'not-a-folder');
    writeFileSync(blocked, 'a file where the cache folder should be');
    const renderer = createOgImageRenderer({ cacheDir: join(blocked, 'og') });
    const images = await Promise.all(posts.slice(0, 2).map((post) => renderer.render(post)));
    for (const png of images) expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(renderer.stats).toEqual({ drawn: 2, fromCache: 0 });
  });

  test('without a cache folder every card is drawn, the same each time', async () => {
    const renderer = createOgImageRenderer({ cacheDir: false });
    const [once, twice] = [await renderer.render(posts[2]!), await renderer.render(posts[2]!)];
    expect(renderer.stats).toEqual({ drawn: 2, fromCache: 0 });
    expect(once.equals(twice)).toBe(true);
  });

  test('lives under node_modules/.cache by default', () => {
    expect(defaultOgCacheDir('/repo/apps/blog')).toBe(join('/repo/apps/blog', 'node_modules', '.cache', 'pressroom-og'));
  });
});
