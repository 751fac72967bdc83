import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { fixture, render, snapshot } from './render.js';

const plugin = 'table-of-contents';

describe('rehypeTableOfContents', () => {
  test.each(['under-heading', 'without-heading', 'skipped-level'])('%s', async (name) => {
    const { code } = await render(await readFile(fixture(plugin, name), 'utf8'));
    await expect(code).toMatchFileSnapshot(snapshot(plugin, name));
  });

  test('fills a collapsible list under the heading, every link pointing at an existing heading id', async () => {
    const { code } = await render(await readFile(fixture(plugin, 'under-heading'), 'utf8'));
    const toc = /<details class="toc"><summary>Open table of contents<\/summary>(.*?)<\/details>/s.exec(code)?.[1];
    expect(toc).toBeDefined();
    const targets = [...toc!.matchAll(/href="#([^"]+)"/g)].map((match) => match[1]);
    expect(targets).toEqual(['introduction', 'background', 'why-it-matters', 'conclusion']);
    for (const id of targets) expect(code).toContain(`id="${id}"`);
  });

  test('lists repeated headings by their numbered ids', async () => {
    const { code } = await render(await readFile(fixture(plugin, 'skipped-level'), 'utf8'));
    expect(code).toContain('<a href="#repeated">Repeated</a>');
    expect(code).toContain('<a href="#repeated-1">Repeated</a>');
  });

  test('can be left out', async () => {
    const { code } = await render(await readFile(fixture(plugin, 'under-heading'), 'utf8'), { tableOfContents: false });
    expect(code).not.toContain('<details');
  });
});
