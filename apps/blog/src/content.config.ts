import { join } from 'node:path';
import { blogPostSchema } from '@pressroom/content-schema';
import { contentId, loadSiteConfig } from '@pressroom/site-config';
import { glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';

const { rootDir, config } = loadSiteConfig();

const blog = defineCollection({
  loader: glob({
    pattern: '**/[^_]*.{md,mdx}',
    base: join(rootDir, config.sites.blog.contentDir),
    // The same id the checks compute, so both agree on every post URL.
    generateId: ({ entry }) => contentId(entry),
  }),
  schema: ({ image }) => blogPostSchema({ defaultAuthor: config.author, image }),
});

export const collections = { blog };
