import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { createRoutes, loadSiteConfig } from '@pressroom/site-config';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../src/chromium.js';
import { screenshotsDir } from '../src/paths.js';
import { newReader } from '../src/reader.js';

// The README shows these: each run refreshes them from the sites as built.
const { config } = loadSiteConfig();
const routes = createRoutes(config);
const pages = [
  { name: 'blog-home', url: new URL(routes.blogHome(), inject('blogUrl')).href },
  { name: 'kafka-post', url: new URL(routes.blogPost('what-why-when-where-kafka'), inject('blogUrl')).href },
  { name: 'docs-page', url: new URL(routes.docsPage('guides/writing-a-post'), inject('docsUrl')).href },
];
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(screenshotsDir, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

describe('screenshots for the README', () => {
  test.each(pages.flatMap((page) => (['light', 'dark'] as const).map((theme) => ({ ...page, theme }))))(
    '$name in the $theme theme',
    async ({ name, url, theme }) => {
      const { page, consoleErrors } = await newReader(browser, { colorScheme: theme });
      await page.goto(url, { waitUntil: 'networkidle' });
      // Both sites follow the system's scheme until the reader picks one: the picture must show it.
      await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe(theme);
      await page.screenshot({ path: join(screenshotsDir, `${name}-${theme}.png`) });
      expect(consoleErrors).toEqual([]);
    },
  );
});
