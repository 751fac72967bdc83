import { describe, expect, test } from 'vitest';
import * as markdown from '../src/index.js';

describe('@pressroom/markdown', () => {
  test('exports exactly its public API', () => {
    expect(Object.keys(markdown).sort()).toEqual([
      'codeTitle',
      'pressroomMarkdown',
      'rehypeExternalLinks',
      'rehypeHeadingIds',
      'rehypeHeadingLinks',
      'rehypeTableOfContents',
      'remarkCodeTitles',
      'remarkReadingTime',
      'sanitizeSchema',
    ]);
  });

  test('pressroomMarkdown runs ids before the plugins that link to them', () => {
    const { remarkPlugins, rehypePlugins } = markdown.pressroomMarkdown({ siteUrls: ['https://blog.example'] });
    expect(remarkPlugins.map(([plugin]) => plugin)).toEqual([markdown.remarkCodeTitles, markdown.remarkReadingTime]);
    expect(rehypePlugins.map(([plugin]) => plugin)).toEqual([
      markdown.rehypeHeadingIds,
      markdown.rehypeTableOfContents,
      markdown.rehypeExternalLinks,
      markdown.rehypeHeadingLinks,
    ]);
  });

  test('leaves out heading links and code titles for a site that has its own', () => {
    const { remarkPlugins, rehypePlugins } = markdown.pressroomMarkdown({
      siteUrls: ['https://docs.example'],
      headingLinks: false,
      codeTitles: false,
    });
    expect(remarkPlugins.map(([plugin]) => plugin)).toEqual([markdown.remarkReadingTime]);
    expect(rehypePlugins.map(([plugin]) => plugin)).not.toContain(markdown.rehypeHeadingLinks);
  });
});
