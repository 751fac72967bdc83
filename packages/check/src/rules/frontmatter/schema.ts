import { blogPostSchema, docsPageSchema } from '@pressroom/content-schema';
import type { ContentFile, FileRecord, RuleContext } from '../../rule.js';

type Schemas = { blog: ReturnType<typeof blogPostSchema>; docs: ReturnType<typeof docsPageSchema> };

/** The schemas the sites use, built once per run. */
export function schemas(context: RuleContext): Schemas {
  return context.shared('frontmatter:schemas', () => ({
    blog: blogPostSchema({ defaultAuthor: context.site.config.author }),
    docs: docsPageSchema(),
  }));
}

/** The site whose schema applies: the file's, or for a file outside both, the one it looks like. */
export function schemaSite(file: ContentFile): 'blog' | 'docs' {
  if (file.site) return file.site;
  const data = file.frontmatter?.data;
  return data && typeof data === 'object' && 'pubDatetime' in data ? 'blog' : 'docs';
}

export function frontmatterRecord(file: ContentFile): Record<string, unknown> | undefined {
  const data = file.frontmatter?.data;
  return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
}

/** The frontmatter of a record (run-wide rules), as plain data. */
export function recordFrontmatter(file: FileRecord): Record<string, unknown> | undefined {
  return file.facts.frontmatter?.data;
}
