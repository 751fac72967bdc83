import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { parseSiteConfig } from '@pressroom/site-config';
import { describe, expect, test } from 'vitest';
import { remarkMarkdownLinks } from '../src/remark-markdown-links.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const config = parseSiteConfig(readFileSync(`${repoRoot}pressroom.config.json`, 'utf8'));

async function render(markdown: string, repositoryPath: string | undefined, options = { config, rootDir: repoRoot }) {
  const processor = await createMarkdownProcessor({ remarkPlugins: [[remarkMarkdownLinks, options]], syntaxHighlight: false });
  const fileURL = repositoryPath === undefined ? undefined : pathToFileURL(`${repoRoot}${repositoryPath}`);
  const { code } = await processor.render(markdown, fileURL ? { fileURL } : {});
  return [...code.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);
}

describe('remarkMarkdownLinks', () => {
  test('a file link in the same site becomes the page path, anchor kept', async () => {
    expect(await render('[reference](../reference/frontmatter.md#blog-posts)', 'content/docs/guides/writing-a-post.md')).toEqual([
      '/reference/frontmatter/#blog-posts',
    ]);
  });

  test('a file link into the other site becomes that site\'s absolute URL', async () => {
    expect(await render('[the post](../../blog/what-why-when-where-kafka.md#why-kafka)', 'content/docs/guides/writing-a-post.md')).toEqual([
      'https://blog.pressroom.example/posts/what-why-when-where-kafka/#why-kafka',
    ]);
  });

  test('reference definitions are rewritten too', async () => {
    expect(await render('[the guide][guide]\n\n[guide]: ../docs/guides/writing-a-post.md', 'content/blog/a-post.md')).toEqual([
      'https://docs.pressroom.example/guides/writing-a-post/',
    ]);
  });

  test('everything else is left as written for the checks to judge', async () => {
    const hrefs = ['https://example.com/a.md', '/posts/x/', '#why-kafka', './missing-folder/', '../../README.md', './_draft-notes.md'];
    const markdown = hrefs.map((href, index) => `[link ${index}](${href})`).join('\n\n');
    expect(await render(markdown, 'content/blog/a-post.md')).toEqual(hrefs);
  });

  test('finds pressroom.config.json above the file when no config is given', async () => {
    expect(await render('[home](../index.md)', 'content/docs/guides/writing-a-post.md', {} as never)).toEqual(['/']);
  });

  test("a link to a post with a `slug` goes to the slug's address, a folder starting with `_` left out", async () => {
    const fixture = fileURLToPath(new URL('fixtures/slugs/', import.meta.url));
    const fixtureConfig = parseSiteConfig(readFileSync(`${fixture}pressroom.config.json`, 'utf8'));
    const processor = await createMarkdownProcessor({
      remarkPlugins: [[remarkMarkdownLinks, { config: fixtureConfig, rootDir: fixture }]],
      syntaxHighlight: false,
    });
    const { code } = await processor.render('[one](./_series/part-one.md#end) and [two](./_series/part-two.md)', {
      fileURL: pathToFileURL(`${fixture}content/blog/overview.md`),
    });
    expect([...code.matchAll(/href="([^"]*)"/g)].map((match) => match[1])).toEqual(['/posts/opening-part/#end', '/posts/part-two/']);
  });

  test('Markdown without a file path is left alone', async () => {
    expect(await render('[x](./other.md)', undefined)).toEqual(['./other.md']);
  });
});
