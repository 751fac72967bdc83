import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { pressroomMarkdown, type PressroomMarkdownOptions } from '../src/index.js';

export const siteUrls = ['https://blog.pressroom.example', 'https://docs.pressroom.example/'];

interface RenderOptions extends Partial<PressroomMarkdownOptions> {
  /** Off by default: Shiki's inline styles would drown the snapshots of other plugins. */
  highlight?: boolean;
}

/** Renders Markdown the way the sites do: Astro's unified pipeline with Pressroom's plugins. */
export async function render(markdown: string, options: RenderOptions = {}) {
  const { highlight = false, ...pluginOptions } = options;
  const processor = await createMarkdownProcessor({
    ...pressroomMarkdown({ siteUrls, ...pluginOptions }),
    syntaxHighlight: highlight ? 'shiki' : false,
    shikiConfig: { theme: 'github-light' },
  });
  return processor.render(markdown, { frontmatter: {} });
}

export const fixture = (plugin: string, name: string) => new URL(`./fixtures/${plugin}/${name}.md`, import.meta.url);
export const snapshot = (plugin: string, name: string) => `./__snapshots__/${plugin}/${name}.html`;
