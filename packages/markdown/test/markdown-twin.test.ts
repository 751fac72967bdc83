import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseSiteConfig } from '@pressroom/site-config';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { markdownTwin, markdownTwinPath } from '../src/markdown-twin.js';

const rootDir = fileURLToPath(new URL('fixtures/twins/', import.meta.url));
const config = parseSiteConfig(readFileSync(`${rootDir}pressroom.config.json`, 'utf8'));

async function twinOf(repositoryPath: string, pageUrl: string, title: string, description?: string) {
  const path = `${rootDir}${repositoryPath}`;
  return markdownTwin({ source: readFileSync(path, 'utf8'), path, pageUrl, title, description, config, rootDir });
}

describe('markdownTwin', () => {
  test('keeps the text as written, with the frontmatter reduced and every destination absolute', async () => {
    const twin = await twinOf('content/docs/guides/publishing.md', 'https://pressroom.example/docs/guides/publishing/', 'Publishing', 'How a page reaches the site.');
    await expect(twin).toMatchFileSnapshot('fixtures/twins/publishing.twin.md');
  });

  test('the frontmatter holds title and description only, and parses', async () => {
    const twin = await twinOf('content/docs/guides/publishing.md', 'https://pressroom.example/docs/guides/publishing/', 'Publishing: "quoted"', 'A: description');
    const block = /^---\n([\s\S]*?)\n---\n/.exec(twin)?.[1];
    expect(parseYaml(block!)).toEqual({ title: 'Publishing: "quoted"', description: 'A: description' });
  });

  test('a page without frontmatter gets one; without a description, only the title', async () => {
    const twin = await twinOf('content/docs/no-frontmatter.md', 'https://pressroom.example/docs/no-frontmatter/', 'No frontmatter');
    expect(twin).toBe('---\ntitle: No frontmatter\n---\n\nA page with no frontmatter at all links to [the setup](https://pressroom.example/docs/setup/).\n');
  });

  test('a link to a post goes to its slug on the blog', async () => {
    const twin = await twinOf('content/docs/setup.md', 'https://pressroom.example/docs/setup/', 'Setup');
    expect(twin).toBe('---\ntitle: Setup\n---\n\n## Install\n');
    const post = await twinOf('content/blog/release.md', 'https://blog.pressroom.example/posts/release-one/', 'Release', 'What is new.');
    expect(post).toBe('---\ntitle: Release\ndescription: What is new.\n---\n\nNo frontmatter is kept but the title and description.\n');
  });
});

describe('markdownTwinPath', () => {
  test.each([
    ['/guides/publishing/', '/', '/guides/publishing.md'],
    ['/', '/', '/index.md'],
    ['/docs/', '/docs/', '/docs/index.md'],
    ['/docs/guides/publishing/', '/docs/', '/docs/guides/publishing.md'],
    ['/posts/release-one/', '/', '/posts/release-one.md'],
  ])('%s (home %s) → %s', (page, home, twin) => {
    expect(markdownTwinPath(page, home)).toBe(twin);
  });
});
