import { describe, expect, test } from 'vitest';
import * as markdown from '../src/index.js';

describe('@pressroom/markdown', () => {
  test('exports exactly its public API', () => {
    expect(Object.keys(markdown).sort()).toEqual([
      'absoluteHtmlUrls',
      'asideVariants',
      'codeTitle',
      'isAside',
      'llmsTxtEntry',
      'markdownTwin',
      'markdownTwinMemo',
      'markdownTwinPath',
      'pressroomMarkdown',
      'rehypeExternalLinks',
      'rehypeHeadingIds',
      'rehypeHeadingLinks',
      'rehypeTableOfContents',
      'remarkCodeTitles',
      'remarkMarkdownLinks',
      'remarkReadingTime',
      'restoreTextDirectives',
      'sanitizeSchema',
      'starlightSyntax',
      'syntaxExtensions',
    ]);
  });

  test('pressroomMarkdown runs ids before the plugins that link to them', () => {
    const { remarkPlugins, rehypePlugins } = markdown.pressroomMarkdown({ siteUrls: ['https://blog.example'] });
    expect(remarkPlugins.map(([plugin]) => plugin)).toEqual([markdown.remarkMarkdownLinks, markdown.remarkCodeTitles, markdown.remarkReadingTime]);
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
    expect(remarkPlugins.map(([plugin]) => plugin)).toEqual([markdown.remarkMarkdownLinks, markdown.remarkReadingTime]);
    expect(rehypePlugins.map(([plugin]) => plugin)).not.toContain(markdown.rehypeHeadingLinks);
  });
});

describe('pressroomMarkdown in Astro', () => {
  test('turns a link to a post file into the post URL, whose anchor is a heading id', async () => {
    const { createMarkdownProcessor } = await import('@astrojs/markdown-remark');
    const { pathToFileURL, fileURLToPath } = await import('node:url');
    const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
    const processor = await createMarkdownProcessor({
      ...markdown.pressroomMarkdown({ siteUrls: ['https://blog.pressroom.example'] }),
      syntaxHighlight: false,
    });
    const { code } = await processor.render('## Why Kafka?\n\nSee [why](./what-why-when-where-kafka.md#why-kafka).', {
      fileURL: pathToFileURL(`${repoRoot}content/blog/a-new-post.md`),
    });
    expect(code).toContain('<a href="/posts/what-why-when-where-kafka/#why-kafka">why</a>');
    expect(code).toContain('<h2 id="why-kafka">Why Kafka?</h2>');
  });
});
