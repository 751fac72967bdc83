import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { loadSiteConfig } from '@pressroom/site-config';
import { launchChromium } from '../src/chromium.js';
import { newReader, seriousAccessibilityViolations } from '../src/reader.js';

const docsUrl = inject('docsUrl');
const { config } = loadSiteConfig();
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the docs site in a browser', () => {
  test('search finds the frontmatter reference and opens it', async () => {
    const { page, consoleErrors } = await newReader(browser);
    await page.goto(new URL('start/getting-started/', docsUrl).href);
    await page.getByRole('button', { name: 'Search' }).click();
    const searchBox = page.locator('dialog[open] input');
    await searchBox.fill('frontmatter reference');
    const result = page.locator('dialog[open] a[href$="/reference/frontmatter/"]').first();
    await result.waitFor({ state: 'visible', timeout: 15_000 });
    await result.click();
    await page.waitForURL(/\/reference\/frontmatter\/$/);
    await expect(page.locator('h1').textContent()).resolves.toBe('Frontmatter reference');
    expect(consoleErrors).toEqual([]);
  });

  test('a page has no serious or critical accessibility violations', async () => {
    const { page, consoleErrors } = await newReader(browser);
    await page.goto(new URL('guides/writing-a-post/', docsUrl).href);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  test('the home page has no serious or critical accessibility violations', async () => {
    const { page, consoleErrors } = await newReader(browser);
    await page.goto(docsUrl);
    await expect(page.locator('h1').first().textContent()).resolves.toContain('Pressroom');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  test('the sidebar links to the blog at its public address', async () => {
    const { page, consoleErrors } = await newReader(browser);
    await page.goto(new URL('start/getting-started/', docsUrl).href);
    const blogLink = page.getByLabel('Main').getByRole('link', { name: config.sites.blog.title });
    await expect(blogLink.getAttribute('href')).resolves.toBe(config.sites.blog.url);
    expect(await blogLink.isVisible()).toBe(true);
    expect(consoleErrors).toEqual([]);
  });
});
