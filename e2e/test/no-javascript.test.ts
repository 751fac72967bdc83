import { createRoutes, loadSiteConfig } from '@pressroom/site-config';
import { describe, expect, inject, test } from 'vitest';
import { chromiumForThisFile } from '../src/chromium-per-file.js';
import { contextOptions, settings } from '../src/matrix.js';
import { newReader } from '../src/reader.js';

const blogUrl = inject('blogUrl');
const { config } = loadSiteConfig();
const routes = createRoutes(config);
const postPath = routes.blogPost('what-why-when-where-kafka');
const local = (path: string) => new URL(path, blogUrl).href;
const browser = chromiumForThisFile();

// The zero-framework promise: every page reads and navigates with JavaScript off.
describe.each(settings.filter((setting) => setting.theme === 'light'))('the blog with JavaScript off, $viewport.name', (setting) => {
  const reader = () => newReader(browser(), { ...contextOptions(setting), javaScriptEnabled: false });
  const isMobile = setting.viewport.name === 'mobile';

  test('a reader goes from the home page through the menu to a tag, the archives and a post, and back to the top', async () => {
    const { page, consoleErrors } = await reader();
    await page.goto(local(routes.blogHome()));
    // The page's own script did not run: the theme script would have set data-theme.
    await expect(page.locator('html').getAttribute('data-theme')).resolves.toBeNull();
    // No control that needs a script is shown: the theme follows the system, code has no Copy button.
    expect(await page.locator('#theme-toggle').isVisible()).toBe(false);

    const openMenu = async () => {
      if (!isMobile) return;
      await page.locator('.site-menu > summary').focus();
      await page.keyboard.press('Enter');
    };
    await openMenu();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Tags' }).click();
    await page.waitForURL(local(routes.blogTags()));
    await page.locator('main a.tag').first().click();
    await expect(page.locator('main .post-list a').first().isVisible()).resolves.toBe(true);

    await openMenu();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Archives' }).click();
    await page.waitForURL(local(routes.blogArchives()));
    await page.locator(`main a[href="${postPath}"]`).first().click();
    await page.waitForURL(local(postPath));
    await expect(page.locator('h1').isVisible()).resolves.toBe(true);
    await expect(page.locator('.copy-code').count()).resolves.toBe(0);

    // The table of contents and the way back up are links and a disclosure: no script needed.
    await page.locator('details.toc > summary').click();
    await page.locator('details.toc a').first().click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
    const backToTop = page.getByRole('link', { name: 'Back to top' });
    await expect.poll(() => backToTop.isVisible()).toBe(true);
    await backToTop.click();
    await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 15_000 }).toBe(0);
    expect(consoleErrors).toEqual([]);
  });

  test('the search page says how to find posts without a script', async () => {
    const { page, consoleErrors } = await reader();
    await page.goto(local(routes.blogSearch()));
    const text = await page.locator('main').textContent();
    expect(text).toContain('Search needs JavaScript');
    await expect(page.locator(`main a[href="${routes.blogArchives()}"]`).isVisible()).resolves.toBe(true);
    expect(consoleErrors).toEqual([]);
  });
});
