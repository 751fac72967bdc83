/**
 * Everything of this package but `docsPageSchema`: it loads no Astro or Starlight, for a tool that
 * extends the `docsSchema` of the Starlight a repository installed (`docsPageExtension`).
 */
export { blogPostSchema, type BlogPostFrontmatter, type BlogPostSchemaOptions } from './blog-post.js';
export { docsPageExtension } from './docs-extension.js';
export { fieldDoc, timeZoneField, type FieldDoc } from './fields.js';
export { knownKeys, suggestKey, type ContentKind, type KeySuggestion } from './unknown-keys.js';
export {
  explainIssues,
  validateFrontmatter,
  type FrontmatterProblem,
  type ValidationResult,
} from './problems.js';
