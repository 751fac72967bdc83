export { blogPostSchema, type BlogPostFrontmatter, type BlogPostSchemaOptions } from './blog-post.js';
export { docsPageExtension, docsPageSchema, type DocsPageFrontmatter } from './docs-page.js';
export { fieldDoc, timeZoneField, type FieldDoc } from './fields.js';
export { knownKeys, suggestKey, type ContentKind, type KeySuggestion } from './unknown-keys.js';
export {
  explainIssues,
  validateFrontmatter,
  type FrontmatterProblem,
  type ValidationResult,
} from './problems.js';
