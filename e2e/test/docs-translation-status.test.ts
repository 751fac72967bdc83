/**
 * The docs' translation-status page in Chromium: every locale of pressroom.config.json with its
 * totals, each English page's row as the status of the content says, the French home page as
 * translated, and the missing pages with the file to create.
 */
import { describe, expect, inject, test } from 'vitest';
import { loadSiteConfig, siteLocales } from '@pressroom/site-config';
import { translationStatus } from '@pressroom/site-config/translations';
import { chromiumForThisFile } from '../src/chromium-per-file.js';
import { newReader } from '../src/reader.js';

const docsUrl = inject('docsUrl');
const site = loadSiteConfig();
// The status of the content the site was built from, by the function the site renders it with.
const status = await translationStatus(site);
const translatedLocales = siteLocales(site.config.sites.docs).filter((locale) => !locale.isDefault);
const browser = chromiumForThisFile();
const statusPage = new URL('reference/translations/', docsUrl).href;

describe('the translation status page', () => {
  test('lists every locale but the default, each with its totals and a row per English page', async () => {
    expect(translatedLocales.map((locale) => locale.key)).toContain('fr');
    const { page, consoleErrors } = await newReader(browser());
    await page.goto(statusPage);
    await expect(page.locator('h1').textContent()).resolves.toBe('Translation status');
    const sections = page.locator('main section[data-locale]');
    await expect(sections.evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).dataset.locale))).resolves.toEqual(translatedLocales.map((locale) => locale.key));
    for (const locale of status.locales) {
      const section = page.locator(`main section[data-locale="${locale.key}"]`);
      await expect(section.locator('h2').textContent()).resolves.toContain(locale.label);
      const { done, outdated, missing } = locale.totals;
      const pages = locale.pages.length;
      expect(pages).toBeGreaterThan(10);
      await expect(section.locator('.pressroom-translation-totals').textContent()).resolves.toMatch(
        new RegExp(`^${done} up to date, ${outdated} outdated, ${missing} missing(?:, \\d+ unknown)? of ${pages} pages\\.$`),
      );
      await expect(section.locator('tbody tr').count()).resolves.toBe(pages);
      const rows = await section.locator('tbody tr').evaluateAll((nodes) => nodes.map((node) => [(node as HTMLElement).dataset.source, (node as HTMLElement).dataset.status]));
      expect(rows).toEqual(locale.pages.map((entry) => [entry.sourcePath, entry.status]));
    }
    expect(consoleErrors).toEqual([]);
  });

  test('gives the French home page as translated, linking to it and to its source', async () => {
    const french = status.locales.find((locale) => locale.key === 'fr')!;
    const home = french.pages.find((entry) => entry.sourcePath === 'content/docs/index.md')!;
    // Up to date when it was written; an edit of the English home page later makes it outdated, not missing.
    expect(home).toMatchObject({ path: 'content/docs/fr/index.md', route: '/fr/' });
    expect(['done', 'outdated']).toContain(home.status);
    const { page, consoleErrors } = await newReader(browser());
    await page.goto(statusPage);
    const row = page.locator('main section[data-locale="fr"] tr[data-source="content/docs/index.md"]');
    await expect(row.locator('td').nth(1).textContent()).resolves.toBe(home.status === 'done' ? 'Up to date' : 'Outdated');
    await expect(row.locator('td').nth(0).locator('a').getAttribute('href')).resolves.toBe('/');
    await expect(row.locator('td').nth(2).locator('a').getAttribute('href')).resolves.toBe('/fr/');
    await row.locator('td').nth(2).locator('a').click();
    await page.waitForURL(/\/fr\/$/);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr');
    expect(consoleErrors).toEqual([]);
  });

  test('every translated page carries the outdated notice exactly when the status says it is outdated', async () => {
    const translated = status.locales.flatMap((locale) => locale.pages.filter((entry) => entry.status === 'done' || entry.status === 'outdated'));
    expect(translated.length).toBeGreaterThan(0);
    const { page, consoleErrors } = await newReader(browser());
    for (const entry of translated) {
      await page.goto(new URL(entry.route.slice(1), docsUrl).href);
      const notice = page.locator('.pressroom-outdated-translation');
      await expect(notice.count(), entry.route).resolves.toBe(entry.status === 'outdated' ? 1 : 0);
      if (entry.status === 'outdated') await expect(notice.locator('a').getAttribute('href')).resolves.toBe(entry.sourceRoute);
    }
    expect(consoleErrors).toEqual([]);
  });

  test('gives each missing page the file to create and the frontmatter to start it with', async () => {
    const french = status.locales.find((locale) => locale.key === 'fr')!;
    const missing = french.pages.find((entry) => entry.sourcePath === 'content/docs/start/getting-started.md')!;
    expect(missing).toMatchObject({ status: 'missing', path: 'content/docs/fr/start/getting-started.md' });
    const { page, consoleErrors } = await newReader(browser());
    await page.goto(statusPage);
    const row = page.locator('main section[data-locale="fr"] tr[data-source="content/docs/start/getting-started.md"]');
    await expect(row.locator('td').nth(1).textContent()).resolves.toBe('Missing');
    const summary = row.locator('summary');
    await expect(summary.textContent()).resolves.toBe('Start it: create content/docs/fr/start/getting-started.md');
    const frontmatter = row.locator('pre');
    expect(await frontmatter.isVisible()).toBe(false);
    await summary.click();
    expect(await frontmatter.isVisible()).toBe(true);
    await expect(frontmatter.textContent()).resolves.toBe(`---\ntitle: "Getting started"\ntranslation:\n  sourceHash: '${missing.sourceHash.slice(0, 12)}'\n---\n`);
    const create = new URL((await row.getByRole('link', { name: 'Create it on GitHub' }).getAttribute('href'))!);
    expect(create.searchParams.get('filename')).toBe('content/docs/fr/start/getting-started.md');
    expect(create.searchParams.get('value')).toContain(`sourceHash: '${missing.sourceHash.slice(0, 12)}'`);
    expect(consoleErrors).toEqual([]);
  });

  test('is in the sidebar, and served at the French address too', async () => {
    const { page, consoleErrors } = await newReader(browser());
    await page.goto(new URL('start/getting-started/', docsUrl).href);
    await expect(page.getByLabel('Main').getByRole('link', { name: 'Translation status' }).getAttribute('href')).resolves.toBe('/reference/translations/');
    const response = await page.goto(new URL('fr/reference/translations/', docsUrl).href);
    expect(response?.status()).toBe(200);
    await expect(page.locator('main section[data-locale="fr"]').count()).resolves.toBe(1);
    expect(consoleErrors).toEqual([]);
  });
});
