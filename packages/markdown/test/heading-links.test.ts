import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { fixture, render, snapshot } from './render.js';

const plugin = 'heading-links';

describe('rehypeHeadingLinks', () => {
  test('levels', async () => {
    const { code } = await render(await readFile(fixture(plugin, 'levels'), 'utf8'));
    await expect(code).toMatchFileSnapshot(snapshot(plugin, 'levels'));
  });

  test('links each section heading to itself with hidden text naming it, outside the heading', async () => {
    const { code, metadata } = await render(await readFile(fixture(plugin, 'levels'), 'utf8'));
    expect(code).toMatch(/<h2 id="section">Section<\/h2><a class="heading-link" href="#section"[^>]*><span aria-hidden="true">#<\/span><span class="sr-only">Section titled “Section”<\/span><\/a>/);
    expect(code).not.toContain('href="#page-title"');
    // The heading's own text is what Astro collects for the page, not the link's.
    expect(metadata.headings.map((heading) => heading.text)).toEqual(['Page title', 'Section', 'Subsection']);
  });

  test('can be left out for sites that draw their own', async () => {
    const { code } = await render(await readFile(fixture(plugin, 'levels'), 'utf8'), { headingLinks: false });
    expect(code).not.toContain('heading-link');
    expect(code).toContain('<h2 id="section">Section</h2>');
  });
});
