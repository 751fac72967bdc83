import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { loadSiteConfig } from '@pressroom/site-config';
import { chromiumForThisFile } from '../src/chromium-per-file.js';
import { docsAppDir } from '../src/paths.js';
import { newReader, seriousAccessibilityViolations } from '../src/reader.js';

const docsUrl = inject('docsUrl');
const { config } = loadSiteConfig();
// Every page the build published, from its files: a new page is scanned without a test change,
// and so is each page a locale falls back to, which the sitemap leaves out.
const publishedPaths = readdirSync(join(docsAppDir, 'dist'), { recursive: true, encoding: 'utf8' })
  .map((file) => file.replaceAll('\\', '/'))
  .filter((file) => file === 'index.html' || file.endsWith('/index.html'))
  .map((file) => file.slice(0, -'index.html'.length))
  .sort();
const browser = chromiumForThisFile();

describe('the docs site in a browser', () => {
  test('search finds the frontmatter reference and opens it', async () => {
    const { page, consoleErrors } = await newReader(browser());
    await page.goto(new URL('start/getting-started/', docsUrl).href);
    // Starlight builds the search box when the browser is first idle after the page loaded, which
    // a machine busy with the other test projects put off for over a minute once.
    await page.locator('#starlight__search input').waitFor({ state: 'attached', timeout: 120_000 });
    await page.getByRole('button', { name: 'Search' }).click();
    const searchBox = page.locator('dialog[open] input');
    await searchBox.fill('frontmatter reference');
    const result = page.locator('dialog[open] a[href$="/reference/frontmatter/"]').first();
    await result.waitFor({ state: 'visible', timeout: 60_000 });
    await result.click();
    await page.waitForURL(/\/reference\/frontmatter\/$/);
    await expect(page.locator('h1').textContent()).resolves.toBe('Frontmatter reference');
    expect(consoleErrors).toEqual([]);
  });

  test('scans every page the build wrote, the generated references and the fallback pages among them', () => {
    expect(publishedPaths).toEqual(expect.arrayContaining(['', 'start/getting-started/', 'reference/frontmatter/', 'reference/rules/', 'fr/', 'fr/start/getting-started/']));
  });

  test.each(publishedPaths)('the page /%s has no serious or critical accessibility violations', async (path) => {
    const { page, consoleErrors } = await newReader(browser());
    await page.goto(new URL(path, docsUrl).href);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  test('the sidebar links to the blog at its public address', async () => {
    const { page, consoleErrors } = await newReader(browser());
    await page.goto(new URL('start/getting-started/', docsUrl).href);
    const blogLink = page.getByLabel('Main').getByRole('link', { name: config.sites.blog.title });
    await expect(blogLink.getAttribute('href')).resolves.toBe(config.sites.blog.url);
    expect(await blogLink.isVisible()).toBe(true);
    expect(consoleErrors).toEqual([]);
  });
});
