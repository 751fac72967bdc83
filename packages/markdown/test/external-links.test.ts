import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { fixture, render, snapshot } from './render.js';

const plugin = 'external-links';

describe('rehypeExternalLinks', () => {
  test('kinds', async () => {
    const { code } = await render(await readFile(fixture(plugin, 'kinds'), 'utf8'));
    await expect(code).toMatchFileSnapshot(snapshot(plugin, 'kinds'));
  });

  test('marks links off the configured sites only, and never forces a target', async () => {
    const { code } = await render(await readFile(fixture(plugin, 'kinds'), 'utf8'));
    const links = [...code.matchAll(/<a ([^>]*)>(.*?)<\/a>/g)].map(([, attributes, text]) => ({ attributes, text }));
    const marked = links.filter((link) => link.attributes!.includes('rel="noopener noreferrer"'));
    expect(marked.map((link) => link.text!.replace(/<span.*$/, ''))).toEqual(['external', 'protocol-relative']);
    for (const link of marked) expect(link.text).toContain('<span class="sr-only"> (external link)</span>');
    expect(code).not.toContain('target=');
    expect(code).toContain('<a href="https://blog.pressroom.example/posts/">blog, absolute</a>');
    expect(code).toContain('<a href="/posts/what-why-when-where-kafka/">relative</a>');
  });

  test('says which site URL is not a URL', async () => {
    await expect(render('[x](https://example.com)', { siteUrls: ['blog.example'] })).rejects.toThrow(
      /siteUrls must hold absolute URLs, got "blog.example"/,
    );
  });
});
