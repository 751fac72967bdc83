import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

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
