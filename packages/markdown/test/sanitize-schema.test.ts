import { readFile } from 'node:fs/promises';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import { describe, expect, test } from 'vitest';
import { pressroomMarkdown, sanitizeSchema } from '../src/index.js';
import { fixture, siteUrls, snapshot } from './render.js';

async function renderUntrusted(markdown: string) {
  const { remarkPlugins, rehypePlugins } = pressroomMarkdown({ siteUrls });
  const processor = await createMarkdownProcessor({
    remarkPlugins,
    // Raw HTML is parsed first, so the sanitizer sees it; it runs last, over what the plugins made.
    rehypePlugins: [[rehypeRaw, undefined], ...rehypePlugins, [rehypeSanitize, sanitizeSchema]],
    syntaxHighlight: false,
  });
  return (await processor.render(markdown, { frontmatter: {} })).code;
}

describe('sanitizeSchema', () => {
  test('hostile', async () => {
    const html = await renderUntrusted(await readFile(fixture('sanitize', 'hostile'), 'utf8'));
    await expect(html).toMatchFileSnapshot(snapshot('sanitize', 'hostile'));
  });

  test('removes scripts, event handlers, javascript: links and stray ids', async () => {
    const html = await renderUntrusted(await readFile(fixture('sanitize', 'hostile'), 'utf8'));
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\bon(?:error|click)=/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toContain('style=');
    expect(html).not.toContain('id="location"');
    expect(html).toContain('<img src="https://example.com/x.png" alt="A cat">');
  });

  test("keeps what Pressroom's plugins emit", async () => {
    const html = await renderUntrusted(await readFile(fixture('sanitize', 'hostile'), 'utf8'));
    expect(html).toContain('<details class="toc"><summary>Open table of contents</summary><ul><li><a href="#welcome">Welcome</a></li></ul></details>');
    expect(html).toContain('<h2 id="welcome">Welcome</h2><a class="heading-link" href="#welcome" data-pagefind-ignore="">');
    expect(html).toContain('<span class="sr-only">Section titled “Welcome”</span>');
    expect(html).toContain(
      '<a href="https://docs.example.org/" rel="noopener noreferrer">the docs<span class="external-link-marker"><span aria-hidden="true">↗</span><span class="sr-only"> (external link)</span></span></a>',
    );
    expect(html).toContain('<figure class="code-figure"><figcaption class="code-title">safe.ts</figcaption><pre><code class="language-ts">');
  });
});
