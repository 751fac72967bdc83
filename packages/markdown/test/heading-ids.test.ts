import { readFile } from 'node:fs/promises';
import GithubSlugger from 'github-slugger';
import { describe, expect, test } from 'vitest';
import { fixture, render, snapshot } from './render.js';

const plugin = 'heading-ids';

describe('rehypeHeadingIds', () => {
  test('duplicates-and-punctuation', async () => {
    const { code } = await render(await readFile(fixture(plugin, 'duplicates-and-punctuation'), 'utf8'), { headingLinks: false });
    await expect(code).toMatchFileSnapshot(snapshot(plugin, 'duplicates-and-punctuation'));
  });

  test('gives the ids one github-slugger per document gives', async () => {
    const { code, metadata } = await render(await readFile(fixture(plugin, 'duplicates-and-punctuation'), 'utf8'));
    const slugger = new GithubSlugger();
    const expected = ['Why Kafka?', 'Example: Santa’s factory', 'Notes', 'Notes', 'Notes', 'code in a heading'].map((text) => slugger.slug(text));
    expect(expected).toEqual(['why-kafka', 'example-santas-factory', 'notes', 'notes-1', 'notes-2', 'code-in-a-heading']);
    expect(metadata.headings.map((heading) => heading.slug)).toEqual(expected);
    for (const id of expected) expect(code).toContain(`<h2 id="${id}">`);
    // Raw HTML stays as the author wrote it: Astro parses it only after every plugin has run.
    expect(code).toContain('<h2 id="kept-by-author">Explicit id</h2>');
  });

  test('starts a new count in every document', async () => {
    const first = await render('## Notes');
    const second = await render('## Notes');
    expect(first.code).toContain('id="notes"');
    expect(second.code).toContain('id="notes"');
  });
});
