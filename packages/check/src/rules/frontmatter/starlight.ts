import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { resolve as resolveModule } from 'import-meta-resolve';
import type { z } from 'zod';

type DocsSchema = (options?: { extend?: z.ZodObject }) => (context: { image: () => z.ZodType }) => z.ZodType;

/**
 * Starlight's `docsSchema` as the repository installed it: resolved from `from` (the site's folder,
 * or the repository root), else from this package, where `@astrojs/starlight` is an optional peer.
 * Astro and Starlight are loaded only here, only for a repository that has a Starlight site.
 */
export async function loadStarlightDocsSchema(from: string, extend?: z.ZodObject): Promise<{ schema: z.ZodType; url: string } | { problem: string }> {
  const parents = [pathToFileURL(join(from, 'package.json')).href, import.meta.url];
  let url: string | undefined;
  for (const parent of parents) {
    try {
      url = resolveModule('@astrojs/starlight/schema', parent);
      break;
    } catch {
      // Not installed there.
    }
  }
  if (!url) {
    return { problem: `@astrojs/starlight is not installed in ${from}: the docs pages' frontmatter is not checked (run your package manager's install)` };
  }
  try {
    const { docsSchema } = (await import(url)) as { docsSchema: DocsSchema };
    // Outside Astro there is no image pipeline: an image field is then a path, a string of
    // Starlight's own zod (`astro/zod`), so its schema stays of one zod.
    const { z: astroZod } = (await import(resolveModule('astro/zod', url))) as { z: typeof z };
    return { schema: docsSchema(extend ? { extend } : {})({ image: () => astroZod.string() }), url };
  } catch (error) {
    return { problem: `could not load Starlight's docsSchema from ${url}: ${(error as Error).message}` };
  }
}
