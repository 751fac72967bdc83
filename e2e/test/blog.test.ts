import { XMLParser } from 'fast-xml-parser';
import type { Page } from 'playwright-core';
import { createRoutes, loadSiteConfig } from '@pressroom/site-config';
import { describe, expect, inject, test } from 'vitest';
import { chromiumForThisFile } from '../src/chromium-per-file.js';
import { pngSize } from '../src/png.js';
import { newReader, seriousAccessibilityViolations } from '../src/reader.js';

const blogUrl = inject('blogUrl');
const { config } = loadSiteConfig();
const routes = createRoutes(config);
const kafkaPostId = 'what-why-when-where-kafka';
const kafkaPostTitle = 'What, Why, When, and Where Kafka?';
/** Inline JavaScript a post page may ship, in bytes (stated in the README). */
const postScriptBudgetBytes = 3072;
const local = (path: string) => new URL(path, blogUrl).href;
const browser = chromiumForThisFile();

async function isInViewport(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.top >= 0 && box.top < window.innerHeight && box.bottom > 0;
  });
}

describe('the blog in a browser', () => {
  test('a table of contents link lands on its heading', async () => {
    const { page, consoleErrors } = await newReader(browser());
    await page.goto(local(routes.blogPost(kafkaPostId)));
    await expect(page.locator('h1').textContent()).resolves.toBe(kafkaPostTitle);
    await expect(page.locator('h2#table-of-contents').isVisible()).resolves.toBe(true);
    const toc = page.locator('main details.toc');
    await toc.locator('summary').click();
    await toc.getByRole('link', { name: 'Where Kafka?' }).click();
    await page.waitForURL(/#where-kafka$/);
    // The blog may scroll smoothly: the address changes at once, the heading arrives a moment later.
    await expect.poll(() => isInViewport(page, 'h2#where-kafka'), { timeout: 15_000 }).toBe(true);
    expect(consoleErrors).toEqual([]);
  });

  test('search finds the Kafka post and opens it', async () => {
    const { page, consoleErrors } = await newReader(browser());
    await page.goto(local(routes.blogSearch()));
    // The search box is built by script once the page loaded; a busy machine can take a while.
    const searchBox = page.locator('input.pagefind-ui__search-input');
    await searchBox.waitFor({ state: 'attached', timeout: 120_000 });
    await searchBox.fill('Kafka');
    const result = page.locator(`a.pagefind-ui__result-link[href$="${routes.blogPost(kafkaPostId)}"]`).first();
    await result.waitFor({ state: 'visible', timeout: 60_000 });
    await result.click();
    await page.waitForURL(new RegExp(`${routes.blogPost(kafkaPostId)}$`));
    await expect(page.locator('h1').textContent()).resolves.toBe(kafkaPostTitle);
    expect(consoleErrors).toEqual([]);
  });

  test('the dark theme, once chosen, stays after a reload', async () => {
    const { page, consoleErrors } = await newReader(browser(), { colorScheme: 'light' });
    await page.goto(local(routes.blogPost(kafkaPostId)));
    const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
    await expect(theme()).resolves.toBe('light');
    await page.locator('#theme-toggle').click();
    await expect(theme()).resolves.toBe('dark');
    await expect(page.locator('#theme-toggle').getAttribute('aria-pressed')).resolves.toBe('true');
    await page.reload();
    await expect(theme()).resolves.toBe('dark');
    expect(consoleErrors).toEqual([]);
  });

  test('a tag of the post leads to a page that lists the post', async () => {
    const { page, consoleErrors } = await newReader(browser());
    await page.goto(local(routes.blogPost(kafkaPostId)));
    await page.locator(`main a[href="${routes.blogTag('Guide')}"]`).first().click();
    await page.waitForURL(new RegExp(`${routes.blogTag('Guide')}$`));
    const postLink = page.locator(`main a[href="${routes.blogPost(kafkaPostId)}"]`).first();
    await expect(postLink.textContent()).resolves.toContain(kafkaPostTitle);
    expect(consoleErrors).toEqual([]);
  });

  test('the RSS feed parses and contains the post', async () => {
    const response = await fetch(local(routes.blogRss()));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/xml/);
    const feed = new XMLParser().parse(await response.text()) as {
      rss: { channel: { title: string; item: Array<{ title: string; link: string; pubDate: string }> | { title: string; link: string; pubDate: string } } };
    };
    const items = [feed.rss.channel.item].flat();
    const post = items.find((item) => item.title === kafkaPostTitle);
    expect(post?.link).toBe(new URL(routes.blogPost(kafkaPostId), `${config.sites.blog.url}/`).href);
    expect(Number.isNaN(Date.parse(post!.pubDate))).toBe(false);
  });

  test('the post\'s Open Graph image is a 1200×630 PNG', async () => {
    const { page, consoleErrors } = await newReader(browser());
    await page.goto(local(routes.blogPost(kafkaPostId)));
    const imageUrl = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(imageUrl).toMatch(new RegExp(`^${config.sites.blog.url}/`));
    // The page names the image at its public address; the same path is fetched from the local server.
    const response = await fetch(local(new URL(imageUrl!).pathname));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(pngSize(Buffer.from(await response.arrayBuffer()))).toEqual({ width: 1200, height: 630 });
    expect(consoleErrors).toEqual([]);
  });

  test.each([
    ['the home page', routes.blogHome()],
    ['the Kafka post', routes.blogPost(kafkaPostId)],
  ])('%s has no serious or critical accessibility violations', async (_name, path) => {
    const { page, consoleErrors } = await newReader(browser());
    await page.goto(local(path));
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  test('the post page ships no script file, and at most the inline script budget', async () => {
    const { page, consoleErrors } = await newReader(browser());
    const scriptResponses: Array<{ url: string; bytes: number }> = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() !== 'script') return;
      scriptResponses.push({ url: response.url(), bytes: (await response.body()).length });
    });
    await page.goto(local(routes.blogPost(kafkaPostId)), { waitUntil: 'networkidle' });
    const inlineScriptBytes = await page.evaluate(() =>
      [...document.querySelectorAll('script:not([src])')]
        .filter((script) => ['', 'text/javascript', 'module'].includes(script.getAttribute('type') ?? ''))
        .reduce((sum, script) => sum + new TextEncoder().encode(script.textContent ?? '').length, 0),
    );
    const externalScriptBytes = scriptResponses.reduce((sum, script) => sum + script.bytes, 0);
    console.log(
      `post page JavaScript: ${externalScriptBytes} bytes transferred in ${scriptResponses.length} script file(s), ${inlineScriptBytes} bytes inline (budget ${postScriptBudgetBytes})`,
    );
    // The budget (README): the theme toggle and the code blocks' Copy buttons, inline (no request,
    // nothing to download before the page works), 3 KB at most. Everything else is HTML and CSS.
    expect(scriptResponses).toEqual([]);
    expect(inlineScriptBytes).toBeGreaterThan(0);
    expect(inlineScriptBytes).toBeLessThanOrEqual(postScriptBudgetBytes);
    expect(consoleErrors).toEqual([]);
  });
});
