import { blogPostSchema, docsPageExtension } from '@pressroom/content-schema/core';
import type { SiteName } from '@pressroom/site-config';
import type { z } from 'zod';
import type { ContentFile, FileRecord, RuleContext, SchemaSource } from '../../rule.js';
import { loadStarlightDocsSchema } from './starlight.js';

/** A site's schema, or why there is none to check against. */
export type SiteSchema = { schema: z.ZodType } | { problem: string };

/** The schema of a site's files, built once per run and thread. */
export function siteSchema(context: RuleContext, site: SiteName): Promise<SiteSchema> | undefined {
  const source = context.layout.schemas[site];
  if (!source) return undefined;
  return context.shared(`frontmatter:schema:${site}`, () => buildSchema(context, source));
}

async function buildSchema(context: RuleContext, source: SchemaSource): Promise<SiteSchema> {
  if (source.kind === 'blog') return { schema: blogPostSchema({ defaultAuthor: context.site.config.author }) };
  const loaded = await loadStarlightDocsSchema(source.from, source.pressroomFields ? docsPageExtension : undefined);
  return 'schema' in loaded ? { schema: loaded.schema } : loaded;
}

/**
 * The site whose schema applies: the file's; with `pressroom.config.json`, for a file outside both
 * sites, the one it looks like. Without one, a file outside every site has no schema.
 */
export function schemaSite(file: ContentFile, context: RuleContext): SiteName | undefined {
  if (file.site) return file.site;
  if (context.layout.source === 'detected') return undefined;
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
