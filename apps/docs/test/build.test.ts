import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSiteConfig } from '@pressroom/site-config';
import { describe, expect, test } from 'vitest';
import { readLastCommitDates } from '../src/last-updated.ts';

// These tests read the site the test command has just built (`turbo run build` runs first).
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const read = (path: string) => readFileSync(`${dist}${path}`, 'utf8');

describe('the built docs site', () => {
  test.each([
    ['start/getting-started/index.html', 'Getting started', 'The two commands'],
    ['guides/writing-a-post/index.html', 'Writing a post', 'Start with the frontmatter'],
    ['reference/frontmatter/index.html', 'Frontmatter reference', 'Blog posts'],
  ])('publishes %s from content/docs with its title and headings', (path, title, heading) => {
    const html = read(path);
    expect(html).toContain(`<title>${title} | Pressroom Docs</title>`);
    expect(html).toMatch(new RegExp(`<h1[^>]*>${title}</h1>`));
    expect(html).toMatch(new RegExp(`<h2[^>]*>${heading}</h2>`));
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
