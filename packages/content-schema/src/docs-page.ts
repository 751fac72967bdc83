import { docsSchema } from '@astrojs/starlight/schema';
import { z } from 'zod';
import { docsPageExtension } from './docs-extension.js';

export { docsPageExtension };

type DocsPageSchema = ReturnType<ReturnType<typeof docsSchema<typeof docsPageExtension>>>;
type StarlightSchemaContext = Parameters<ReturnType<typeof docsSchema>>[0];

/** Outside Astro there is no image pipeline: an image field is then a path. */
const contextWithoutAstro = { image: () => z.string() } as unknown as StarlightSchemaContext;

/**
 * The frontmatter of a docs page: Starlight's schema, extended with Pressroom's fields.
 * Pass Astro's schema context in a content config; leave it out anywhere else.
 */
export function docsPageSchema(context: StarlightSchemaContext = contextWithoutAstro): DocsPageSchema {
  return docsSchema({ extend: docsPageExtension })(context);
}

export type DocsPageFrontmatter = z.output<ReturnType<typeof docsPageSchema>>;
