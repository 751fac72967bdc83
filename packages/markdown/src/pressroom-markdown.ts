import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { remarkCodeTitles } from './remark-code-titles.js';
import { remarkMarkdownLinks, type MarkdownLinksOptions } from './remark-markdown-links.js';
import { remarkReadingTime, type ReadingTimeOptions } from './remark-reading-time.js';
import { rehypeExternalLinks } from './rehype-external-links.js';
import { rehypeHeadingIds } from './rehype-heading-ids.js';
import { rehypeHeadingLinks, type HeadingLinksOptions } from './rehype-heading-links.js';
import { rehypeTableOfContents, type TableOfContentsOptions } from './rehype-table-of-contents.js';
import { sanitizeSchema } from './sanitize-schema.js';
import { starlightSyntax } from './starlight-syntax.js';

export interface PressroomMarkdownOptions {
  /** The public URLs of the sites (`pressroom.config.json`); links to their hosts count as internal. */
  siteUrls: string[];
  /** Self-links beside headings. Starlight draws its own: pass `false` for the docs. */
  headingLinks?: boolean | HeadingLinksOptions;
  /** `title="x.ts"` on code fences. Expressive Code (Starlight) reads titles itself: pass `false` for the docs. */
  codeTitles?: boolean;
  tableOfContents?: boolean | TableOfContentsOptions;
  readingTime?: boolean | ReadingTimeOptions;
  /** Relative links to `.md` files become the URLs of their pages. */
  markdownLinks?: boolean | MarkdownLinksOptions;
  /**
   * Parse as Starlight parses (`starlightSyntax`: directives, for asides). The docs pass `true`;
   * the checks read docs content with the same list.
   */
  starlight?: boolean;
  /**
   * Untrusted content (pull requests from forks): parse raw HTML first (`rehype-raw`) and run
   * `rehype-sanitize` with `sanitizeSchema` after the shared plugins, so no script, frame, event
   * handler or script URL reaches the page while what the plugins emit stays. MDX files are left
   * as they are: their code runs at build time, which no sanitizer can make safe, so the check
   * refuses untrusted MDX code instead (`security-mdx-*`), and trusted MDX pages keep their
   * components in an untrusted build.
   */
  sanitize?: boolean;
}

// `any` matches Astro's own `RemarkPlugins`/`RehypePlugins` entries, which these lists are passed as.
type PluginEntry<Tree extends HastRoot | MdastRoot> = [Plugin<any[], Tree>, any];

export interface PressroomMarkdownPlugins {
  remarkPlugins: PluginEntry<MdastRoot>[];
  rehypePlugins: PluginEntry<HastRoot>[];
}

/** The plugin, for every file but MDX (whose tree holds MDX nodes that rehype-raw cannot compile). */
function exceptInMdx<Options>(plugin: (options?: Options) => (tree: HastRoot, file: VFile) => unknown): Plugin<[Options?], HastRoot> {
  return function (this: unknown, options?: Options) {
    const transform = plugin(options);
    return (tree: HastRoot, file: VFile) => (/\.mdx$/i.test(file.path ?? '') ? undefined : transform(tree, file));
  } as Plugin<[Options?], HastRoot>;
}

const optionsOf = <T extends object>(value: boolean | T | undefined): T | undefined =>
  typeof value === 'object' ? value : undefined;

/**
 * The plugin lists both sites hand to `unified({ remarkPlugins, rehypePlugins })` from
 * `@astrojs/markdown-remark`. Order matters: ids come first so the table of contents and the
 * self-links point at the ids headings really have.
 */
export function pressroomMarkdown(options: PressroomMarkdownOptions): PressroomMarkdownPlugins {
  const {
    siteUrls,
    headingLinks = true,
    codeTitles = true,
    tableOfContents = true,
    readingTime = true,
    markdownLinks = true,
  } = options;
  const remarkPlugins: PluginEntry<MdastRoot>[] = options.starlight ? [...starlightSyntax] : [];
  if (markdownLinks) remarkPlugins.push([remarkMarkdownLinks, optionsOf(markdownLinks)]);
  if (codeTitles) remarkPlugins.push([remarkCodeTitles, undefined]);
  if (readingTime) remarkPlugins.push([remarkReadingTime, optionsOf(readingTime)]);

  const rehypePlugins: PluginEntry<HastRoot>[] = [[rehypeHeadingIds, undefined]];
  if (tableOfContents) rehypePlugins.push([rehypeTableOfContents, optionsOf(tableOfContents)]);
  rehypePlugins.push([rehypeExternalLinks, { siteUrls }]);
  if (headingLinks) rehypePlugins.push([rehypeHeadingLinks, optionsOf(headingLinks)]);
  if (options.sanitize) {
    rehypePlugins.unshift([exceptInMdx(rehypeRaw), undefined]);
    rehypePlugins.push([exceptInMdx(rehypeSanitize), sanitizeSchema]);
  }
  return { remarkPlugins, rehypePlugins };
}
