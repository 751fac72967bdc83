import { readFile } from 'node:fs/promises';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import { expect, test } from 'vitest';
import { pressroomMarkdown, sanitizeSchema } from '../src/index.js';
import { fixture, siteUrls } from './render.js';

async function render(markdown: string, sanitize: boolean | undefined, extraRehype: ReturnType<typeof pressroomMarkdown>['rehypePlugins'] = []) {
  const { remarkPlugins, rehypePlugins } = pressroomMarkdown(sanitize === undefined ? { siteUrls } : { siteUrls, sanitize });
  const processor = await createMarkdownProcessor({ remarkPlugins, rehypePlugins: [...extraRehype, ...rehypePlugins], syntaxHighlight: false });
  return (await processor.render(markdown, { frontmatter: {} })).code;
}

test('with sanitize: true the hostile fixture renders clean, as with the documented plugin order', async () => {
  const hostile = await readFile(fixture('sanitize', 'hostile'), 'utf8');
  const html = await render(hostile, true);
  expect(html).not.toMatch(/<script|<iframe|<object|<embed/i);
  expect(html).not.toMatch(/\bon[a-z]+=/i);
  expect(html).not.toMatch(/javascript:/i);
  expect(html).toContain('<h2 id="welcome">Welcome</h2>');
  // The option is exactly rehype-raw first and rehype-sanitize with the schema last.
  const { remarkPlugins, rehypePlugins } = pressroomMarkdown({ siteUrls });
  const manual = await createMarkdownProcessor({
    remarkPlugins,
    rehypePlugins: [[rehypeRaw, undefined], ...rehypePlugins, [rehypeSanitize, sanitizeSchema]],
    syntaxHighlight: false,
  });
  expect(html).toBe((await manual.render(hostile, { frontmatter: {} })).code);
});

test('without the option nothing changes: no plugin added, raw HTML passed through as before', async () => {
  const hostile = await readFile(fixture('sanitize', 'hostile'), 'utf8');
  expect(pressroomMarkdown({ siteUrls }).rehypePlugins.length).toBe(pressroomMarkdown({ siteUrls, sanitize: false }).rehypePlugins.length);
  expect(pressroomMarkdown({ siteUrls, sanitize: true }).rehypePlugins.length).toBe(pressroomMarkdown({ siteUrls }).rehypePlugins.length + 2);
  const plain = await render(hostile, undefined);
  expect(await render(hostile, false)).toBe(plain);
  expect(plain).toMatch(/<script/i);
});

test('with sanitize: true an MDX file keeps its components, and a Markdown file is still sanitized', async () => {
  const { compile } = await import('@mdx-js/mdx');
  const { rehypePlugins } = pressroomMarkdown({ siteUrls, sanitize: true });
  const source = "import { Aside } from '@astrojs/starlight/components';\n\n# Title\n\n<Aside>Kept.</Aside>\n";
  // rehype-raw cannot compile MDX nodes: before, this threw "Cannot compile `mdxjsEsm` node".
  const compiled = String(await compile({ value: source, path: 'content/docs/page.mdx' }, { rehypePlugins }));
  expect(compiled).toContain('Aside');
  expect(compiled).toContain('Kept.');
  const hostile = await readFile(fixture('sanitize', 'hostile'), 'utf8');
  expect(await render(hostile, true)).not.toMatch(/<script/i);
});
