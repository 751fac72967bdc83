import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addedColor, countChangedPixels, diffScreenshots, removedColor } from '../src/pixel-diff.js';
import { picturePages, pictureName, type PagePictures } from '../src/screenshots.js';
import { fileFor, serveStatic } from '../src/static-server.js';

const fixtures = join(import.meta.dirname, 'fixtures', 'pictures');
const sites = new Map([['blog', { base: { dist: join(fixtures, 'base') }, head: { dist: join(fixtures, 'head') } }]]);

/** Where `#changed` sits in the fixture page, from its CSS (absolute, 300 × 80 at 20, 220). */
const changedParagraph = { x: 20, y: 220, width: 300, height: 80 };

describe('pictures of a page whose one paragraph changed, in Chromium', () => {
  let outDir: string;
  let pictures: PagePictures[];

  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'pr-report-pictures-'));
    pictures = await picturePages(
      sites,
      [
        { site: 'blog', path: '/notes/', status: 'changed' },
        { site: 'blog', path: '/new/', status: 'added' },
      ],
      { outDir },
    );
  });

  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  test('takes desktop and phone widths, base, head and diff', () => {
    const notes = pictures.find((entry) => entry.path === '/notes/')!;
    expect(notes.widths.map((entry) => entry.width)).toEqual([1280, 375]);
    for (const entry of notes.widths) {
      for (const file of [entry.base, entry.head, entry.diff]) expect(existsSync(join(outDir, file!)), file).toBe(true);
      const image = PNG.sync.read(readFileSync(join(outDir, entry.head)));
      expect(image.width).toBe(entry.width);
      // The full page (its 1200 px spacer), not the window (900 or 740 px).
      expect(image.height).toBe(1200);
    }
  });

  test.each([1280, 375])('at %i px the diff has changed pixels inside the paragraph and none outside', (width) => {
    const notes = pictures.find((entry) => entry.path === '/notes/')!;
    const entry = notes.widths.find((candidate) => candidate.width === width)!;
    const counts = countChangedPixels(readFileSync(join(outDir, entry.diff!)), changedParagraph);
    expect(counts.inside).toBeGreaterThan(0);
    expect(counts.outside).toBe(0);
    expect(entry.changedPixels).toBe(counts.inside);
    const box = entry.changedBox!;
    expect(box.x).toBeGreaterThanOrEqual(changedParagraph.x);
    expect(box.y).toBeGreaterThanOrEqual(changedParagraph.y);
    expect(box.x + box.width).toBeLessThanOrEqual(changedParagraph.x + changedParagraph.width);
    expect(box.y + box.height).toBeLessThanOrEqual(changedParagraph.y + changedParagraph.height);
  });

  test('a new page gets a picture of the head only', () => {
    const added = pictures.find((entry) => entry.path === '/new/')!;
    expect(added.widths.map((entry) => [entry.width, Boolean(entry.base), Boolean(entry.diff), existsSync(join(outDir, entry.head))])).toEqual([
      [1280, false, false, true],
      [375, false, false, true],
    ]);
  });
});

describe('diffScreenshots', () => {
  const solid = (width: number, height: number, grey: number) => {
    const png = new PNG({ width, height });
    png.data.fill(grey);
    for (let offset = 3; offset < png.data.length; offset += 4) png.data[offset] = 255;
    return PNG.sync.write(png);
  };

  test('identical images have no changed pixels', () => {
    const diff = diffScreenshots(solid(10, 10, 255), solid(10, 10, 255));
    expect(diff.changedPixels).toBe(0);
    expect(diff.changedBox).toBeUndefined();
  });

  test('what the head adds is green, what it takes away red', () => {
    const withDot = (x: number, y: number) => {
      const png = PNG.sync.read(solid(10, 10, 255));
      png.data.fill(0, (y * 10 + x) * 4, (y * 10 + x) * 4 + 3);
      return PNG.sync.write(png);
    };
    const diff = diffScreenshots(withDot(1, 1), withDot(6, 6));
    const image = PNG.sync.read(diff.png);
    const colour = (x: number, y: number) => [...image.data.subarray((y * 10 + x) * 4, (y * 10 + x) * 4 + 3)];
    expect(diff.changedPixels).toBe(2);
    expect(colour(1, 1)).toEqual(removedColor);
    expect(colour(6, 6)).toEqual(addedColor);
  });

  test('a longer page counts the part it adds as changed', () => {
    const diff = diffScreenshots(solid(10, 10, 0), solid(10, 15, 0));
    expect([diff.width, diff.height, diff.changedPixels]).toEqual([10, 15, 50]);
    expect(diff.changedBox).toEqual({ x: 0, y: 10, width: 10, height: 5 });
  });
});

describe('serving a built site', () => {
  test('maps paths under the base path to files, and nothing outside it', () => {
    const dist = join(fixtures, 'head');
    expect(fileFor(dist, '/', '/notes/')).toBe(join(dist, 'notes', 'index.html'));
    expect(fileFor(dist, '/docs/', '/docs/notes/')).toBe(join(dist, 'notes', 'index.html'));
    expect(fileFor(dist, '/docs/', '/notes/')).toBeUndefined();
    expect(fileFor(dist, '/', '/../base/notes/index.html')).toBeUndefined();
    expect(fileFor(dist, '/', '/%2e%2e/base/notes/index.html')).toBeUndefined();
  });

  test('answers over HTTP on 127.0.0.1', async () => {
    const server = await serveStatic(join(fixtures, 'head'));
    try {
      expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const response = await fetch(`${server.origin}/new/`);
      expect(response.headers.get('content-type')).toBe('text/html');
      expect(await response.text()).toContain('A page only the head has');
      expect((await fetch(`${server.origin}/missing/`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});

test('picture names are safe file names', () => {
  expect(pictureName('/')).toBe('index');
  expect(pictureName('/posts/a-b/')).toBe('posts-a-b');
  expect(pictureName('/404.html')).toBe('404');
  expect(pictureName('/tags/c%23/')).toBe('tags-c_23');
});
