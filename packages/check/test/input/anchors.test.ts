import { readFileSync } from 'node:fs';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { pressroomMarkdown } from '@pressroom/markdown';
import { fromHtml } from 'hast-util-from-html';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { collectAnchors } from '../../src/input/anchors.js';

const fixture = new URL('../fixtures/tricky-headings.md', import.meta.url);
const markdown = readFileSync(fixture, 'utf8');

function parse(text: string) {
  return unified().use(remarkParse).use(remarkGfm).parse(text);
}

const siteUrls = ['https://blog.pressroom.example', 'https://docs.pressroom.example'];

/** The processors of the apps' `astro.config.mjs`, and Astro's own without the shared plugins. */
const pipelines = {
  blog: () => pressroomMarkdown({ siteUrls }),
  docs: () => pressroomMarkdown({ siteUrls, headingLinks: false, codeTitles: false, readingTime: false }),
  'astro default': () => ({}),
};

/** Heading ids of the HTML a site's Markdown processor renders. */
async function renderedHeadingIds(text: string, pipeline: keyof typeof pipelines): Promise<string[]> {
  const processor = await createMarkdownProcessor({ ...pipelines[pipeline](), syntaxHighlight: false });
  const { code } = await processor.render(text, { fileURL: fixture });
  const ids: string[] = [];
  visit(fromHtml(code, { fragment: true }), 'element', (node) => {
    if (/^h[1-6]$/.test(node.tagName) && typeof node.properties.id === 'string') ids.push(node.properties.id);
  });
  return ids;
}

describe('heading anchors', () => {
  test.each(Object.keys(pipelines) as (keyof typeof pipelines)[])('match the ids the %s pipeline renders for tricky headings', async (pipeline) => {
    const rendered = await renderedHeadingIds(markdown, pipeline);
    const { headings } = collectAnchors(parse(markdown));
    expect(headings.map((heading) => heading.slug)).toEqual(rendered);
    // The cases that differ from a naive slug of the Markdown source:
    expect(rendered).toContain('dont-quote-me');
    expect(rendered).toContain('overview-2');
    expect(rendered).toContain('overview-1-1');
    expect(rendered).toContain('café-naïve-façade');
  });

  test('explicit ids in raw HTML and footnotes are anchors too', () => {
    const { ids } = collectAnchors(parse('<a id="here-it-is"></a>\n\n<p><a name="old-style">x</a></p>\n\nText[^One].\n\n[^One]: Note.\n'));
    expect([...ids].sort()).toEqual(['footnote-label', 'here-it-is', 'old-style', 'user-content-fn-one', 'user-content-fnref-one']);
  });
});
