import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSiteConfig } from '@pressroom/site-config';
import { describe, expect, test } from 'vitest';
import { readLastCommitDates } from '../src/last-updated.ts';

// These tests read the site the test command has just built (`turbo run build` runs first).
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const read = (path: string) => readFileSync(`${dist}${path}`, 'utf8');
const sidebarLinks = (html: string) =>
  [...html.slice(html.search(/<nav[^>]*aria-label="Main"/), html.indexOf('</nav>', html.search(/<nav[^>]*aria-label="Main"/))).matchAll(/<a href="([^"]+)"/g)].map((match) => match[1]);

describe('the built docs site', () => {
  test.each([
    ['start/getting-started/index.html', 'Getting started', 'The two commands'],
    ['guides/writing-a-post/index.html', 'Writing a post', 'Start with the frontmatter'],
    ['reference/frontmatter/index.html', 'Frontmatter reference', 'Blog posts'],
    ['guides/writing-a-docs-page/index.html', 'Writing a docs page', 'Fill in the frontmatter'],
    ['guides/markdown-features/index.html', 'Markdown features', 'External links'],
    ['guides/contributing/index.html', 'Contributing and releasing', 'Add a word to the dictionary'],
    ['guides/adopting-pressroom/index.html', 'Adopting Pressroom for existing content', 'How the baseline works'],
  ])('publishes %s from content/docs with its title and headings', (path, title, heading) => {
    const html = read(path);
    expect(html).toContain(`<title>${title} | Pressroom Docs</title>`);
    expect(html).toMatch(new RegExp(`<h1[^>]*>${title}</h1>`));
    expect(html).toMatch(new RegExp(`<h2[^>]*>${heading}<`));
  });

  test('the getting started page gives the two commands', () => {
    const html = read('start/getting-started/index.html');
    expect(html).toContain('pnpm install');
    expect(html).toContain('pnpm test');
  });

  test("builds Starlight's Pagefind search index over the pages", () => {
    expect(existsSync(`${dist}pagefind/pagefind.js`)).toBe(true);
    const entry = JSON.parse(read('pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
    const pages = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    expect(pages).toBeGreaterThanOrEqual(4);
    expect(readdirSync(`${dist}pagefind`).some((name) => name.endsWith('.pf_meta'))).toBe(true);
  });

  test('renders labelled and nested asides as Starlight asides, the label as their title', () => {
    const html = read('guides/writing-a-docs-page/index.html');
    expect(html).toMatch(/<aside aria-label="Before you start" class="starlight-aside starlight-aside--note"/);
    expect(html).toMatch(/<aside aria-label="On Windows" class="starlight-aside starlight-aside--caution"/);
    // The nested aside is inside the outer one's content.
    const outer = html.slice(html.indexOf('aria-label="Before you start"'));
    expect(outer.indexOf('aria-label="On Windows"')).toBeLessThan(outer.indexOf('</aside>'));
    // No fence is left as text outside code.
    expect(html).not.toMatch(/<p>:::/);
  });

  test("renders an MDX page with Starlight's tabs and aside components", () => {
    const html = read('guides/components-in-mdx/index.html');
    expect(html).toMatch(/<h1[^>]*>Components in MDX<\/h1>/);
    expect(html).toContain('<starlight-tabs');
    expect(html).toMatch(/role="tab"[^>]*>[\s\S]*?pnpm[\s\S]*?<\/a>/);
    expect(html).toContain('npm ci');
    expect(html).toMatch(/<aside aria-label="One lockfile" class="starlight-aside starlight-aside--tip"/);
    // No import statement or JSX reaches the page as text.
    expect(html).not.toContain('@astrojs/starlight/components');
    expect(html).not.toContain('&lt;TabItem');
    expect(sidebarLinks(html)).toContain('/guides/components-in-mdx/');
  });

  test('gives a heading inside a component the id the checks resolve a link to', () => {
    const html = read('guides/components-in-mdx/index.html');
    expect(html).toMatch(/<h3 id="build-once">Build once<\/h3>/);
    expect(html).toContain('<a href="#build-once">link to it</a>');
  });

  test('links each page to its source file for editing', () => {
    expect(read('guides/writing-a-post/index.html')).toContain('/edit/main/content/docs/guides/writing-a-post.md');
  });
});

describe('last updated dates', () => {
  const { rootDir, config } = loadSiteConfig();
  const dates = readLastCommitDates(join(rootDir, config.sites.docs.contentDir));

  test.each([
    ['guides/writing-a-post.md', 'guides/writing-a-post/index.html'],
    ['start/getting-started.md', 'start/getting-started/index.html'],
  ])('%s shows the date git knows for it, or none when git does not know it', (source, page) => {
    const html = read(page);
    const date = dates.get(source);
    if (date) {
      expect(html).toContain(`<time datetime="${date.toISOString()}">`);
    } else {
      expect(html).not.toContain('Last updated:');
    }
  });
});

describe('navigation', () => {
  const { config } = loadSiteConfig();

  test('the sidebar lists every page, the generated references included, and the blog at its public address', () => {
    const links = sidebarLinks(read('start/getting-started/index.html'));
    expect(links).toEqual(
      expect.arrayContaining([
        '/start/getting-started/',
        '/guides/writing-a-post/',
        '/guides/writing-a-docs-page/',
        '/guides/markdown-features/',
        '/guides/contributing/',
        '/reference/frontmatter/',
        '/reference/rules/',
        config.sites.blog.url,
      ]),
    );
  });

  test('orders each group by the pages\' sidebar.order and links each page to the next', () => {
    const links = sidebarLinks(read('start/getting-started/index.html'));
    const guides = ['/guides/writing-a-post/', '/guides/writing-a-docs-page/', '/guides/markdown-features/', '/guides/contributing/'];
    expect(links.filter((link) => guides.includes(link!))).toEqual(guides);
    expect(read('guides/writing-a-post/index.html')).toMatch(/<a href="\/guides\/writing-a-docs-page\/" rel="next"/);
  });

  test("a locale's pages name the sidebar's groups in its language and link to its own addresses", () => {
    const html = read('fr/start/getting-started/index.html');
    expect(html).toMatch(/<html lang="fr" dir="ltr"/);
    const nav = html.slice(html.search(/<nav[^>]*aria-label="principale"/), html.indexOf('</nav>', html.search(/<nav[^>]*aria-label="principale"/)));
    const groups = [...nav.matchAll(/<span class="large[^"]*">([^<]+)<\/span>/g)].map((match) => match[1]);
    expect(groups).toEqual(['Pour commencer', 'Guides', 'Référence']);
    const links = [...nav.matchAll(/<a href="([^"]+)"/g)].map((match) => match[1]!);
    expect(links).toContain('/fr/start/getting-started/');
    expect(links.filter((link) => link.startsWith('/') && !link.startsWith('/fr/'))).toEqual([]);
  });

  test('links to the blog use its configured public address, never a path of this site', () => {
    const blogUrl = new URL(config.sites.blog.url);
    const html = read('guides/writing-a-post/index.html');
    expect(html).toContain(`href="${new URL('/posts/what-why-when-where-kafka/', blogUrl).href}"`);
    expect(html).not.toMatch(/href="\/(posts|tags)\//);
  });
});

describe('the shared Markdown plugins on the Markdown features page', () => {
  const html = read('guides/markdown-features/index.html');
  const content = html.slice(html.indexOf('sl-markdown-content'));

  test('fill the table of contents with links to the following sections', () => {
    expect(content).toMatch(/<details class="toc">.*<a href="#heading-ids">Heading ids<\/a>/s);
  });

  test('give repeated headings distinct ids, as the link checks expect', () => {
    expect(content).toContain('id="the-same-heading-twice"');
    expect(content).toContain('id="the-same-heading-twice-1"');
  });

  test('mark external links and leave links to either site unmarked', () => {
    expect(content).toMatch(/<a href="https:\/\/kafka\.apache\.org\/documentation\/" rel="noopener noreferrer">[^<]*<span class="external-link-marker">/);
    expect(content).toMatch(/<a href="https:\/\/blog\.pressroom\.example\/">blog<\/a>/);
    expect(content).toMatch(/<a href="\/reference\/frontmatter\/">frontmatter reference<\/a>/);
  });

  test('leave the code block title to Expressive Code', () => {
    expect(content).toMatch(/<figcaption[^>]*>.*src\/hello\.ts.*<\/figcaption>/s);
  });
});

describe('page weight', () => {
  // A reference page that grows with every rule or key must stay quick to load on a slow phone.
  const budget = 150 * 1024;
  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .map((path) => path.replaceAll('\\', '/'))
    .filter((path) => path.endsWith('.html') && !path.startsWith('pagefind/'));

  test.each(pages)('%s ships at most 150 KB of HTML', (page) => {
    expect(readFileSync(`${dist}${page}`).length).toBeLessThanOrEqual(budget);
  });

  test('the rule reference is an index and a page per family of rules, each in the sidebar', () => {
    const links = sidebarLinks(read('reference/rules/index.html'));
    for (const family of ['input', 'frontmatter', 'spelling', 'links', 'security', 'style']) {
      expect(existsSync(`${dist}reference/rules/${family}/index.html`), family).toBe(true);
      expect(links).toContain(`/reference/rules/${family}/`);
    }
  });
});
