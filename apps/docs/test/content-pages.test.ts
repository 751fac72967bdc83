import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import { contentPageIds, isFallbackPath } from '../src/content-pages.ts';

const site = { locales: { root: { label: 'English', lang: 'en', dir: 'ltr' as const }, fr: { label: 'Français', dir: 'ltr' as const } } };

/** A docs content folder holding these files, each with a title. */
function contentFolder(files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'pressroom-content-pages-'));
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), '---\ntitle: A page\n---\n');
  }
  return dir;
}

test('only the files the docs collection loads are pages: not `.markdown`, not `_` files', () => {
  const ids = contentPageIds(contentFolder(['index.md', 'guides/setup.md', 'guides/tabs.mdx', 'fr/index.md', 'fr/guides/setup.markdown', 'guides/_partial.md']));
  expect([...ids].sort()).toEqual(['fr', 'guides/setup', 'guides/tabs', 'index']);
});

test('a locale page is a fallback when the default locale has the page and the locale has no loaded file for it', () => {
  const ids = contentPageIds(contentFolder(['index.md', 'guides/setup.md', 'guides/deploy.md', 'fr/index.md', 'fr/guides/setup.md', 'fr/guides/deploy.markdown']));
  expect(isFallbackPath(site, ids, 'fr/')).toBe(false);
  expect(isFallbackPath(site, ids, 'fr/guides/setup/')).toBe(false);
  // The `.markdown` file is left out of the site: Starlight serves the English page there.
  expect(isFallbackPath(site, ids, 'fr/guides/deploy/')).toBe(true);
  // Pages of the default locale, and pages no locale has, are not fallbacks.
  expect(isFallbackPath(site, ids, 'guides/deploy/')).toBe(false);
  expect(isFallbackPath(site, ids, 'fr/guides/nowhere/')).toBe(false);
});
