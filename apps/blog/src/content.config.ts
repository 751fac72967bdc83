import { join } from 'node:path';
import { blogPostSchema } from '@pressroom/content-schema';
import { blogPostId, collectionPattern, loadSiteConfig } from '@pressroom/site-config';
import { glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';

const { rootDir, config } = loadSiteConfig();

const blog = defineCollection({
  loader: glob({
    // Markdown only, files starting with `_` left out: AstroPaper's pattern.
    pattern: collectionPattern('blog'),
    base: join(rootDir, config.sites.blog.contentDir),
    // Astro's own rule (a `slug` is the id), from the function the checks use, so both agree.
    generateId: ({ entry, data }) => blogPostId(entry, data),
  }),
  schema: ({ image }) => blogPostSchema({ defaultAuthor: config.author, image }),
});

export const collections = { blog };
