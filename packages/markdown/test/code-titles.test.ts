import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { codeTitle } from '../src/index.js';
import { fixture, render, snapshot } from './render.js';

const plugin = 'code-titles';

describe('remarkCodeTitles', () => {
  // Shiki's token spans are left out of the snapshot: on a busy machine its time limit per line
  // can cut a line's tokens short, so they are not stable across runs.
  test('titled', async () => {
    const { code } = await render(await readFile(fixture(plugin, 'titled'), 'utf8'));
    await expect(code).toMatchFileSnapshot(snapshot(plugin, 'titled'));
  });

  test('puts a titled block in a figure captioned with the file name, and leaves others alone', async () => {
    const { code } = await render(await readFile(fixture(plugin, 'titled'), 'utf8'), { highlight: true });
    expect(code).toMatch(/<figure class="code-figure"><figcaption class="code-title">greet\.ts<\/figcaption><pre class="astro-code[^"]*"[^>]*data-language="ts">/);
    expect(code.match(/<figure/g)).toHaveLength(1);
    expect(code).toMatch(/<\/figure>\n<pre class="astro-code[^"]*"[^>]*data-language="sh">/);
  });

  test.each([
    ['title="a b.ts"', 'a b.ts'],
    ["title='x.js' {1,3}", 'x.js'],
    ['{2} title=bare.sh', 'bare.sh'],
    ['subtitle="no"', undefined],
    ['title=""', undefined],
    [null, undefined],
  ])('reads the title from the meta string %s', (meta, expected) => {
    expect(codeTitle(meta)).toBe(expected);
  });

  test('can be left out for sites whose code renderer reads titles itself', async () => {
    const { code } = await render(await readFile(fixture(plugin, 'titled'), 'utf8'), { codeTitles: false });
    expect(code).not.toContain('<figure');
  });
});
