export * from './core.js';
export { docsPageSchema, type DocsPageFrontmatter } from './docs-page.js';
