import { describe, expect, inject, test } from 'vitest';
import { loadSiteConfig, siteLocales } from '@pressroom/site-config';
import { chromiumForThisFile } from '../src/chromium-per-file.js';
import { newReader } from '../src/reader.js';

const docsUrl = inject('docsUrl');
const { config } = loadSiteConfig();
const french = siteLocales(config.sites.docs).find((locale) => locale.key === 'fr');
const browser = chromiumForThisFile();

/** The docs in French: the translated home page, a page French falls back to, the picker and search. */
describe('the docs site in French', () => {
  test('pressroom.config.json declares French, which the site is built with', () => {
    expect(french).toMatchObject({ prefix: 'fr', lang: 'fr', dir: 'ltr', label: 'Français', isDefault: false });
  });

  test('the translated home page is French, in its language and direction', async () => {
    const { page, consoleErrors } = await newReader(browser());
    await page.goto(new URL('fr/', docsUrl).href);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr');
    await expect(page.locator('html').getAttribute('dir')).resolves.toBe('ltr');
    await expect(page.locator('main').textContent()).resolves.toContain('Pressroom publie deux sites depuis un seul dépôt');
    // A translated page carries no "not translated yet" notice.
    await expect(page.getByText('Ce contenu n’est pas encore disponible dans votre langue.').count()).resolves.toBe(0);
    expect(consoleErrors).toEqual([]);
  });

  test('a page French has not translated is the English page, with a notice and the French sidebar', async () => {
    const { page, consoleErrors } = await newReader(browser());
    const response = await page.goto(new URL('fr/start/getting-started/', docsUrl).href);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr');
    await expect(page.locator('h1').textContent()).resolves.toBe('Getting started');
    expect(await page.getByText('Ce contenu n’est pas encore disponible dans votre langue.').isVisible()).toBe(true);
    const sidebar = page.getByLabel('Principale');
    expect(await sidebar.getByText('Pour commencer', { exact: true }).isVisible()).toBe(true);
    expect(await sidebar.getByText('Référence', { exact: true }).isVisible()).toBe(true);
    // The sidebar's links stay in French: every page, translated or not, has a /fr/ address.
    await expect(sidebar.getByRole('link', { name: 'Getting started' }).getAttribute('href')).resolves.toBe('/fr/start/getting-started/');
    expect(consoleErrors).toEqual([]);
  });

  test('the language picker goes from the French page to the English one and back', async () => {
    const { page, consoleErrors } = await newReader(browser());
    const home = new URL(docsUrl).pathname;
    const picker = () => page.locator('starlight-lang-select select').first();
    await page.goto(new URL('fr/', docsUrl).href);
    await expect(picker().locator('option').allTextContents()).resolves.toEqual(['English', 'Français']);
    await expect(picker().inputValue()).resolves.toBe(`${home}fr/`);
    await picker().selectOption({ label: 'English' });
    await page.waitForURL((url) => url.pathname === home);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(page.locator('main').textContent()).resolves.not.toContain('Pressroom publie deux sites');
    await picker().selectOption({ label: 'Français' });
    await page.waitForURL((url) => url.pathname === `${home}fr/`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr');
    await expect(page.locator('main').textContent()).resolves.toContain('Pressroom publie deux sites');

    // On a page French falls back to, the picker leads to the English page at its own address.
    await page.goto(new URL('fr/start/getting-started/', docsUrl).href);
    await picker().selectOption({ label: 'English' });
    await page.waitForURL((url) => url.pathname === `${home}start/getting-started/`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(page.getByText('Ce contenu n’est pas encore disponible dans votre langue.').count()).resolves.toBe(0);
    expect(consoleErrors).toEqual([]);
  });

  test('search on a French page finds French pages only, and on an English page English ones', async () => {
    const { page, consoleErrors } = await newReader(browser());
    // Pagefind's message while it searches ends with an ellipsis; its count of results does not.
    const searching = /\.\.\.|…/;
    const search = async (words: string) => {
      // Starlight builds the search box when the browser is first idle after the page loaded.
      await page.locator('#starlight__search input').waitFor({ state: 'attached', timeout: 120_000 });
      await page.locator('button[data-open-modal]').click();
      await page.locator('dialog[open] input').fill(words);
    };
    await page.goto(new URL('fr/', docsUrl).href);
    await search('publie deux sites');
    const french = page.locator('dialog[open] a[href$="/fr/"]').first();
    await french.waitFor({ state: 'visible', timeout: 60_000 });
    // Every result of the French index is a French page under /fr/.
    const hrefs = await page.locator('dialog[open] .pagefind-ui__result-link').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.filter((href) => !href.startsWith('/fr/'))).toEqual([]);
    // The English text French falls back to is not in the French index: the French reader meets
    // the English page at its own address, through the picker, not as a French result.
    await page.locator('dialog[open] input').fill('lockfile');
    await page.locator('dialog[open] .pagefind-ui__message').filter({ hasText: /lockfile/, hasNotText: searching }).waitFor({ state: 'visible', timeout: 60_000 });
    await expect(page.locator('dialog[open] .pagefind-ui__result-link').count()).resolves.toBe(0);

    await page.goto(new URL('start/getting-started/', docsUrl).href);
    await search('publie deux sites');
    await page.locator('dialog[open] .pagefind-ui__message').filter({ hasText: /publie deux sites/, hasNotText: searching }).waitFor({ state: 'visible', timeout: 60_000 });
    await expect(page.locator('dialog[open] a[href*="/fr/"]').count()).resolves.toBe(0);
    // The English index has the English page the French search did not return.
    await page.locator('dialog[open] input').fill('lockfile');
    await page.locator('dialog[open] .pagefind-ui__result-link[href$="/guides/components-in-mdx/"]').first().waitFor({ state: 'visible', timeout: 60_000 });
    expect(consoleErrors).toEqual([]);
  });
});
