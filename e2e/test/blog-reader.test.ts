import type { Page } from 'playwright-core';
import { createRoutes, loadSiteConfig } from '@pressroom/site-config';
import { describe, expect, inject, test } from 'vitest';
import { chromiumForThisFile } from '../src/chromium-per-file.js';
import { contextOptions, settings, type Setting } from '../src/matrix.js';
import { newReader } from '../src/reader.js';

const blogUrl = inject('blogUrl');
const { config } = loadSiteConfig();
const routes = createRoutes(config);
const kafkaPostId = 'what-why-when-where-kafka';
const postPath = routes.blogPost(kafkaPostId);
const local = (path: string) => new URL(path, blogUrl).href;
const browser = chromiumForThisFile();

/** A computed colour, or any CSS colour resolved the same way, as `rgb(r, g, b)`. */
function resolvedColor(page: Page, value: string): Promise<string> {
  return page.evaluate((color) => {
    const probe = document.createElement('span');
    probe.style.color = color;
    document.body.append(probe);
    const rgb = getComputedStyle(probe).color;
    probe.remove();
    return rgb;
  }, value);
}

const token = (page: Page, name: string) => page.evaluate((property) => getComputedStyle(document.documentElement).getPropertyValue(property).trim(), name);

describe.each(settings)('the blog, $label', (setting: Setting) => {
  const isMobile = setting.viewport.name === 'mobile';
  const reader = () => newReader(browser(), contextOptions(setting));

  test('a code block\'s Copy button puts the code on the clipboard', async () => {
    const { page, consoleErrors } = await reader();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(blogUrl).origin });
    await page.goto(local(postPath));
    const block = page.locator('.prose .code-block').first();
    await expect(block.getByRole('button', { name: 'Copy', exact: true }).count()).resolves.toBe(1);
    // By class from here: the button's name changes once it has copied.
    const button = block.locator('button.copy-code');
    await button.scrollIntoViewIfNeeded();
    expect(await button.isVisible()).toBe(true);
    const code = await block.locator('pre code').evaluate((element) => element.textContent);
    expect(code?.length).toBeGreaterThan(10);
    await button.click();
    await expect.poll(() => button.textContent()).toBe('Copied');
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(code);
    await expect(page.locator('#copy-status').textContent()).resolves.toBe('Code copied to the clipboard');
    // Every block of the post has one.
    await expect(page.locator('.prose pre').count()).resolves.toBe(await page.locator('.prose .code-block > .copy-code').count());
    expect(consoleErrors).toEqual([]);
  });

  test('the header is calm, and its menu opens from the keyboard', async () => {
    const { page, consoleErrors } = await reader();
    await page.goto(local(postPath));
    const toggle = page.locator('.site-menu > summary');
    const postsLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Posts' });
    const headerHeight = await page.locator('.site-header').evaluate((element) => element.getBoundingClientRect().height);
    if (!isMobile) {
      // Wide: the links are in the header, the toggle is not.
      expect(await toggle.isVisible()).toBe(false);
      expect(await postsLink.isVisible()).toBe(true);
      expect(headerHeight).toBeLessThanOrEqual(72);
      return;
    }
    expect(headerHeight).toBeLessThanOrEqual(64);
    expect(await postsLink.isVisible()).toBe(false);
    // Keyboard only: Tab from the top of the page reaches the toggle, Enter opens it, Tab enters the list.
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab'); // brand
    await page.keyboard.press('Tab'); // menu
    await expect(page.evaluate(() => document.activeElement?.matches('.site-menu > summary'))).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.locator('.site-menu').getAttribute('open')).resolves.toBe('');
    expect(await postsLink.isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe('Posts');
    // The open menu lies over the page instead of pushing it down.
    const headerWithMenu = await page.locator('.site-header').evaluate((element) => element.getBoundingClientRect().height);
    expect(headerWithMenu).toBe(headerHeight);
    await page.keyboard.press('Enter');
    await page.waitForURL(local(routes.blogPosts()));
    expect(consoleErrors).toEqual([]);
  });

  test('a long post has a back-to-top link that appears on the way down and returns to the top', async () => {
    const { page, consoleErrors } = await reader();
    await page.goto(local(postPath));
    const backToTop = page.getByRole('link', { name: 'Back to top' });
    expect(await backToTop.isVisible()).toBe(false);
    await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
    await expect.poll(() => backToTop.isVisible()).toBe(true);
    const box = await backToTop.boundingBox();
    // In view, at the bottom, and a comfortable target for a finger.
    expect(box!.y + box!.height).toBeLessThanOrEqual(setting.viewport.height);
    expect(box!.height).toBeGreaterThanOrEqual(44);
    await backToTop.click();
    await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 15_000 }).toBe(0);
    expect(consoleErrors).toEqual([]);
  });

  test('post cards show the reading time and the tags', async () => {
    const { page, consoleErrors } = await reader();
    await page.goto(local(routes.blogHome()));
    const card = page.locator('.post-card', { has: page.locator(`a[href="${postPath}"]`) }).first();
    await expect(card.locator('.reading-time').textContent()).resolves.toMatch(/[1-9]\d* min read$/);
    const tags = card.getByRole('list', { name: /^Tags of/ }).getByRole('link');
    await expect(tags.allTextContents()).resolves.toEqual(['#Guide', '#Concept Introduction'].map((tag) => expect.stringContaining(tag.slice(1))));
    expect(await tags.first().isVisible()).toBe(true);
    expect(consoleErrors).toEqual([]);
  });

  test('the home page heading says what the blog is about, not its name again', async () => {
    const { page, consoleErrors } = await reader();
    await page.goto(local(routes.blogHome()));
    const heading = (await page.locator('h1').textContent())?.trim();
    expect(heading).toBe(config.sites.blog.description);
    expect(heading).not.toContain(config.sites.blog.title);
    // RSS is offered as a control beside the way into the posts, not as a lone line of text.
    const rss = page.locator('main').getByRole('link', { name: /RSS/ });
    await expect(rss.getAttribute('class')).resolves.toContain('button');
    expect(consoleErrors).toEqual([]);
  });

  test('share and edit links look like controls', async () => {
    const { page, consoleErrors } = await reader();
    await page.goto(local(postPath));
    const controls = [page.locator('a.edit-link'), ...(await page.locator('.share-links a').all())];
    expect(controls.length).toBeGreaterThanOrEqual(6);
    for (const control of controls) {
      const style = await control.evaluate((element) => {
        const css = getComputedStyle(element);
        const box = element.getBoundingClientRect();
        return { border: css.borderTopWidth, radius: Number.parseFloat(css.borderTopLeftRadius), underline: css.textDecorationLine, height: box.height, display: css.display };
      });
      expect(style.underline).toBe('none');
      expect(style.border).not.toBe('0px');
      expect(style.radius).toBeGreaterThan(8);
      expect(style.height).toBeGreaterThanOrEqual(36);
      expect(style.display).toBe('inline-flex');
    }
    expect(consoleErrors).toEqual([]);
  });

  test('the focus ring is the accent', async () => {
    const { page, consoleErrors } = await reader();
    await page.goto(local(postPath));
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab'); // brand
    const outline = await page.evaluate(() => {
      const css = getComputedStyle(document.activeElement!);
      return { color: css.outlineColor, style: css.outlineStyle, width: css.outlineWidth };
    });
    expect(outline.style).toBe('solid');
    expect(outline.width).toBe('2px');
    expect(outline.color).toBe(await resolvedColor(page, await token(page, '--pr-accent')));
    expect(await token(page, '--pr-focus')).toBe(await token(page, '--pr-accent'));
    expect(consoleErrors).toEqual([]);
  });

  test('the brand font is self-hosted, preloaded and swapped in', async () => {
    const { page, consoleErrors } = await reader();
    const fontRequests: string[] = [];
    page.on('request', (request) => request.resourceType() === 'font' && fontRequests.push(request.url()));
    await page.goto(local(postPath), { waitUntil: 'networkidle' });
    const preload = page.locator('link[rel="preload"][as="font"]');
    await expect(preload.count()).resolves.toBe(1);
    await expect(preload.getAttribute('type')).resolves.toBe('font/woff2');
    const href = new URL((await preload.getAttribute('href'))!, blogUrl).href;
    expect(href.startsWith(blogUrl)).toBe(true);
    // One subset file for every weight, from this site only.
    expect(fontRequests).toEqual([href]);
    const face = await page.evaluate(async () => {
      await document.fonts.ready;
      const loaded = [...document.fonts].filter((font) => font.status === 'loaded');
      return loaded.map((font) => ({ family: font.family, display: font.display, weight: font.weight }));
    });
    expect(face).toEqual([expect.objectContaining({ family: expect.stringMatching(/^"?Inter-/), display: 'swap', weight: '100 900' })]);
    const bodyFont = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    expect(bodyFont).toMatch(/^"?Inter-/);
    expect(consoleErrors).toEqual([]);
  });
});

describe('the blog, once per site', () => {
  /*
   * What the post's JSON-LD must carry, from the specifications:
   * - schema.org defines no required property; the properties a type may have are those of the type
   *   and its parents: https://schema.org/BlogPosting (BlogPosting → SocialMediaPosting → Article →
   *   CreativeWork → Thing). `allowedBlogPosting` lists the ones used here, so a misspelt one fails.
   * - Google Search Central, "Article (Article, NewsArticle, BlogPosting) structured data"
   *   (https://developers.google.com/search/docs/appearance/structured-data/article): no required
   *   properties; recommended: author (name, url), dateModified, datePublished, headline, image.
   *   author.url is left out: a post's author is a name only (@pressroom/content-schema).
   * - Google Search Central, "Breadcrumb (BreadcrumbList) structured data"
   *   (https://developers.google.com/search/docs/appearance/structured-data/breadcrumb): required
   *   itemListElement, at least two ListItem, each with position (from 1) and name, and item (a URL)
   *   on all but the last.
   */
  const recommendedBlogPosting = ['author', 'dateModified', 'datePublished', 'headline', 'image'];
  const allowedBlogPosting = new Set([
    '@context', '@type', '@id', 'mainEntityOfPage', 'url', 'headline', 'description', 'image', 'datePublished',
    'dateModified', 'author', 'publisher', 'isPartOf', 'inLanguage', 'keywords', 'timeRequired',
  ]);

  test('a post describes itself as a BlogPosting and its place as a BreadcrumbList in JSON-LD', async () => {
    const { page, consoleErrors } = await newReader(browser());
    await page.goto(local(postPath));
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    const data = blocks.map((text) => JSON.parse(text) as Record<string, unknown>);
    expect(data.map((item) => item['@type'])).toEqual(['BlogPosting', 'BreadcrumbList']);
    const [posting, breadcrumbs] = data as [Record<string, any>, Record<string, any>];
    const postUrl = new URL(postPath, `${config.sites.blog.url}/`).href;

    for (const item of data) expect(item['@context']).toBe('https://schema.org');
    for (const property of recommendedBlogPosting) expect(posting, property).toHaveProperty(property);
    expect(Object.keys(posting).filter((key) => !allowedBlogPosting.has(key))).toEqual([]);
    // The values say what the page shows.
    expect(posting.headline).toBe(await page.locator('h1').textContent());
    expect(posting.author).toEqual([{ '@type': 'Person', name: 'Bryan Montalvan' }]);
    expect(posting.url).toBe(postUrl);
    expect(posting.mainEntityOfPage).toEqual({ '@type': 'WebPage', '@id': postUrl });
    expect(posting.datePublished).toBe(await page.locator('.post-meta time').first().getAttribute('datetime'));
    for (const date of [posting.datePublished, posting.dateModified]) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
    expect(Date.parse(posting.dateModified)).toBeGreaterThanOrEqual(Date.parse(posting.datePublished));
    expect(posting.image).toEqual([await page.locator('meta[property="og:image"]').getAttribute('content')]);
    // The image the page names is served (from the local server, at the same path).
    const image = await fetch(local(new URL(posting.image[0]).pathname));
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(posting.publisher).toMatchObject({ '@type': 'Organization', name: config.sites.blog.title });
    expect(posting.timeRequired).toMatch(/^PT[1-9]\d*M$/);

    const items = breadcrumbs.itemListElement as Array<Record<string, unknown>>;
    expect(items.length).toBeGreaterThanOrEqual(2);
    items.forEach((item, index) => {
      expect(item['@type']).toBe('ListItem');
      expect(item.position).toBe(index + 1);
      expect(typeof item.name === 'string' && item.name.length > 0).toBe(true);
      if (index < items.length - 1) expect(item.item).toMatch(/^https:\/\//);
    });
    expect(items.at(-1)).toMatchObject({ name: posting.headline, item: postUrl });
    // The same trail is on the page, as links.
    const trail = page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link');
    await expect(trail.allTextContents()).resolves.toEqual(items.map((item) => item.name));
    expect(consoleErrors).toEqual([]);
  });

  test('pages move with a cross-document view transition set in CSS, and a post\'s title moves from its card', async () => {
    const { page, consoleErrors } = await newReader(browser(), { reducedMotion: 'no-preference' });
    await page.goto(local(routes.blogHome()));
    const rules = await page.evaluate(() => {
      const found: Array<{ navigation: string }> = [];
      const walk = (list: CSSRuleList) => {
        for (const rule of list) {
          if (rule.constructor.name === 'CSSViewTransitionRule') found.push({ navigation: (rule as unknown as { navigation: string }).navigation });
          if ('cssRules' in rule) walk((rule as CSSGroupingRule).cssRules);
        }
      };
      for (const sheet of document.styleSheets) walk(sheet.cssRules);
      return found;
    });
    expect(rules).toEqual([{ navigation: 'auto' }]);
    // No client router: the pages ship no script for it.
    await expect(page.locator('script[src]').count()).resolves.toBe(0);
    const cardTitle = page.locator(`.post-card a[href="${postPath}"]`).first();
    const name = await cardTitle.evaluate((element) => getComputedStyle(element).viewTransitionName);
    expect(name).toMatch(/^post-/);
    await cardTitle.click();
    await page.waitForURL(local(postPath));
    await expect(page.locator('h1').evaluate((element) => getComputedStyle(element).viewTransitionName)).resolves.toBe(name);
    expect(consoleErrors).toEqual([]);
  });

  test('search finds posts by their text, not by the table of contents', async () => {
    const { page, consoleErrors } = await newReader(browser());
    await page.goto(local(routes.blogSearch()));
    // Pagefind's own search API, as the page's UI calls it. A string, so the test runner's module
    // transform leaves the dynamic import to the browser.
    const results = (await page.evaluate(`(async () => {
      const pagefind = await import(${JSON.stringify(`${routes.blogHome()}pagefind/pagefind.js`)});
      const found = {};
      for (const query of ['kafka', 'contents']) {
        const { results } = await pagefind.search(query);
        found[query] = await Promise.all(results.map(async (result) => {
          const data = await result.data();
          return { url: data.url, titles: data.sub_results.map((sub) => sub.title) };
        }));
      }
      return found;
    })()`)) as Record<string, Array<{ url: string; titles: string[] }>>;
    const kafka = results.kafka!.find((result) => result.url === postPath);
    expect(kafka?.titles.length).toBeGreaterThan(0);
    expect(kafka?.titles).not.toContain('Table of contents');
    // The word is only in the table of contents' heading and toggle, which are not indexed.
    expect(results.contents!.flatMap((result) => result.titles)).not.toContain('Table of contents');
    expect(consoleErrors).toEqual([]);
  });

  test('search highlights matches in the highlight colour of the theme', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const { page, consoleErrors } = await newReader(browser(), { colorScheme: theme });
      await page.goto(local(`${routes.blogSearch()}?q=kafka`));
      const mark = page.locator('#search .pagefind-ui__result-excerpt mark').first();
      await mark.waitFor({ state: 'visible', timeout: 120_000 });
      const colours = await mark.evaluate((element) => ({ background: getComputedStyle(element).backgroundColor, color: getComputedStyle(element).color }));
      expect(colours.background).toBe(await resolvedColor(page, await token(page, '--pr-highlight')));
      expect(colours.color).toBe(await resolvedColor(page, await token(page, '--pr-on-highlight')));
      expect(consoleErrors).toEqual([]);
    }
  });
});
