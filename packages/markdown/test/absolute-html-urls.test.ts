import { readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import { absoluteHtmlUrls } from '../src/absolute-html-urls.js';

const html = readFileSync(new URL('fixtures/absolute-html/post.html', import.meta.url), 'utf8');
const pageUrl = 'https://blog.pressroom.example/posts/release/';
const tree = fromHtml(absoluteHtmlUrls(html, pageUrl), { fragment: true });
const values = (selector: string, attribute: string) => selectAll(selector, tree).map((node) => node.properties[attribute]);

describe('absoluteHtmlUrls', () => {
  test('links resolve from the page, absolute ones and other schemes are kept', () => {
    expect(values('a', 'href')).toEqual([
      'https://blog.pressroom.example/posts/release/#setup',
      'https://blog.pressroom.example/posts/other/',
      'https://blog.pressroom.example/posts/tags/release/',
      'https://example.com/x',
      'mailto:team@example.com',
    ]);
  });

  test('images, their srcset candidates, posters, media and citations too', () => {
    expect(values('img', 'src')).toEqual(['https://blog.pressroom.example/_astro/diagram.Ab12.png']);
    expect(values('img', 'srcSet')).toEqual([
      'https://blog.pressroom.example/_astro/diagram.Ab12.png 1x, https://blog.pressroom.example/_astro/diagram@2x.Ab12.png 2x',
    ]);
    expect(values('video', 'poster')).toEqual(['https://blog.pressroom.example/posts/release/poster.png']);
    expect(values('video', 'src')).toEqual(['https://blog.pressroom.example/posts/release/clip.mp4']);
    expect(values('blockquote', 'cite')).toEqual(['https://blog.pressroom.example/posts/quoted/']);
  });

  test('the text and the rest of the markup are kept', () => {
    const out = absoluteHtmlUrls(html, pageUrl);
    expect(out).toContain('<h2 id="setup">Setup');
    expect(out).toContain('<blockquote cite="https://blog.pressroom.example/posts/quoted/"><p>Quoted.</p></blockquote>');
  });
});
