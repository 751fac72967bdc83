import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { createRoutes, loadSiteConfig } from '@pressroom/site-config';
import { describe, expect, inject, test } from 'vitest';
import { chromiumForThisFile } from '../src/chromium-per-file.js';
import { contextOptions, settings, themes } from '../src/matrix.js';
import { accessibilityViolations, newReader } from '../src/reader.js';

const blogUrl = inject('blogUrl');
const docsUrl = inject('docsUrl');
const { config } = loadSiteConfig();
const routes = createRoutes(config);
const postPath = routes.blogPost('what-why-when-where-kafka');
const browser = chromiumForThisFile();

interface PageType {
  name: string;
  url: string;
  /** HTTP status the page is served with. */
  status?: number;
  /** Brings the page into the state to check (results shown, dialog open). */
  prepare?: (page: Page) => Promise<void>;
}

async function waitForSearchResults(page: Page, results: string) {
  // Pagefind's UI is built by script once the page loaded; a busy machine can take a while.
  await page.locator(results).first().waitFor({ state: 'visible', timeout: 120_000 });
}

// Every page type of both sites, as a reader meets it.
const pageTypes: PageType[] = [
  { name: 'blog home', url: new URL(routes.blogHome(), blogUrl).href },
  { name: 'blog post', url: new URL(postPath, blogUrl).href },
  { name: 'blog tag', url: new URL(routes.blogTag('Guide'), blogUrl).href },
  { name: 'blog archive', url: new URL(routes.blogArchives(), blogUrl).href },
  {
    name: 'blog search with results',
    url: new URL(`${routes.blogSearch()}?q=kafka`, blogUrl).href,
    prepare: (page) => waitForSearchResults(page, '#search .pagefind-ui__result-excerpt mark'),
  },
  { name: 'blog 404', url: new URL('no-such-page/', blogUrl).href, status: 404 },
  { name: 'docs splash', url: docsUrl },
  { name: 'docs page', url: new URL(routes.docsPage('guides/writing-a-post'), docsUrl).href },
  {
    name: 'docs search dialog with results',
    url: new URL(routes.docsPage('guides/writing-a-post'), docsUrl).href,
    prepare: async (page) => {
      await page.locator('#starlight__search input').waitFor({ state: 'attached', timeout: 120_000 });
      await page.getByRole('button', { name: 'Search' }).click();
      await page.locator('dialog[open] input').fill('frontmatter');
      await waitForSearchResults(page, 'dialog[open] .pagefind-ui__result-link');
    },
  },
  { name: 'docs 404', url: new URL('no-such-page/', docsUrl).href, status: 404 },
];

describe.each(settings)('axe, $label', (setting) => {
  test.each(pageTypes)('$name has no accessibility violations', async ({ url, status = 200, prepare }) => {
    const { page, consoleErrors } = await newReader(browser(), contextOptions(setting));
    const response = await page.goto(url);
    expect(response?.status()).toBe(status);
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe(setting.theme);
    await prepare?.(page);
    expect(await accessibilityViolations(page)).toEqual([]);
    // A missing page is reported by the browser as a failed load; nothing else may fail.
    expect(consoleErrors.filter((error) => !(status === 404 && error.includes('404')))).toEqual([]);
  });
});

describe('one visual system', () => {
  const logo = readFileSync(createRequire(import.meta.url).resolve('@pressroom/theme/logo.svg'), 'utf8');

  test.each([
    ['blog', blogUrl],
    ['docs', docsUrl],
  ])('the %s site\'s favicon is the shared logo', async (_site, siteUrl) => {
    const response = await fetch(new URL('favicon.svg', siteUrl));
    expect(response.status).toBe(200);
    await expect(response.text()).resolves.toBe(logo);
  });

  test.each(themes)('in the %s theme, links, the focus ring and the logo are the same on both sites', async (theme) => {
    const look = async (url: string, link: string) => {
      const { page } = await newReader(browser(), { colorScheme: theme });
      await page.goto(url);
      const colour = await page.locator(link).first().evaluate((element) => getComputedStyle(element).color);
      await page.locator(link).first().focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      const ring = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineColor);
      const headerLogo = await page.locator('header img[src$=".svg"], header .brand-logo svg').first().count();
      return { colour, ring, headerLogo };
    };
    const blog = await look(new URL(postPath, blogUrl).href, '.prose a[href^="https://kafka.apache.org"]');
    const docs = await look(docsUrl, '.sl-markdown-content p a');
    expect(docs.colour).toBe(blog.colour);
    expect(docs.ring).toBe(blog.ring);
    expect(blog.ring).toBe(blog.colour);
    expect(blog.headerLogo).toBe(1);
    expect(docs.headerLogo).toBe(1);
  });

  test('the docs splash page has a hero with an image and its calls to action', async () => {
    const { page, consoleErrors } = await newReader(browser());
    await page.goto(docsUrl);
    const hero = page.locator('.hero');
    await expect(hero.locator('img').isVisible()).resolves.toBe(true);
    await expect(hero.getByRole('link', { name: 'Get started' }).isVisible()).resolves.toBe(true);
    // Above the fold: the hero's heading starts in the first screen, not after a gap.
    const top = await hero.locator('h1').evaluate((element) => element.getBoundingClientRect().top);
    expect(top).toBeLessThan(260);
    expect(consoleErrors).toEqual([]);
  });
});
