export { blogPostSchema, type BlogPostFrontmatter, type BlogPostSchemaOptions } from './blog-post.js';
export { docsPageExtension, docsPageSchema, type DocsPageFrontmatter } from './docs-page.js';
export { fieldDoc, type FieldDoc } from './fields.js';
export {
  explainIssues,
  validateFrontmatter,
  type FrontmatterProblem,
  type ValidationResult,
} from './problems.js';
