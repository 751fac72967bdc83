export { remarkCodeTitles, codeTitle } from './remark-code-titles.js';
export { remarkMarkdownLinks, type MarkdownLinksOptions } from './remark-markdown-links.js';
export { remarkReadingTime, type ReadingTimeOptions } from './remark-reading-time.js';
export { rehypeExternalLinks, type ExternalLinksOptions } from './rehype-external-links.js';
export { rehypeHeadingIds } from './rehype-heading-ids.js';
export { rehypeHeadingLinks, type HeadingLinksOptions } from './rehype-heading-links.js';
export { rehypeTableOfContents, type TableOfContentsOptions } from './rehype-table-of-contents.js';
export { sanitizeSchema } from './sanitize-schema.js';
export { pressroomMarkdown, type PressroomMarkdownOptions, type PressroomMarkdownPlugins } from './pressroom-markdown.js';
export { markdownTwin, markdownTwinPath, type MarkdownTwinOptions } from './markdown-twin.js';
export { markdownTwinMemo, type TwinEntry } from './markdown-twin-memo.js';
export { absoluteHtmlUrls } from './absolute-html-urls.js';
export { llmsTxtEntry } from './llms-txt-entry.js';
export {
  asideVariants,
  isAside,
  restoreTextDirectives,
  starlightSyntax,
  syntaxExtensions,
  type AsideVariant,
  type SyntaxExtensions,
} from './starlight-syntax.js';
