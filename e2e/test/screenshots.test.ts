import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { createRoutes, loadSiteConfig } from '@pressroom/site-config';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../src/chromium.js';
import { contextOptions, settings } from '../src/matrix.js';
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
  test.each(pages.flatMap((page) => settings.map((setting) => ({ ...page, setting, label: setting.label }))))(
    '$name, $label',
    async ({ name, url, setting }) => {
      const { page, consoleErrors } = await newReader(browser, contextOptions(setting));
      await page.goto(url, { waitUntil: 'networkidle' });
      // Both sites follow the system's scheme until the reader picks one: the picture must show it.
      await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe(setting.theme);
      // The brand font is in, so the picture shows the pages as a reader sees them.
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: join(screenshotsDir, `${name}-${setting.viewport.name}-${setting.theme}.png`) });
      expect(consoleErrors).toEqual([]);
    },
  );
});
