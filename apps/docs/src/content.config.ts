import { join } from 'node:path';
import { docsPageSchema } from '@pressroom/content-schema';
import { collectionPattern, contentId, loadSiteConfig } from '@pressroom/site-config';
import { glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';

const { rootDir, config } = loadSiteConfig();

// Starlight's own docsLoader() reads only src/content/docs; the pages live in the shared content/ folder.
const docs = defineCollection({
  loader: glob({
    pattern: collectionPattern('docs'),
    base: join(rootDir, config.sites.docs.contentDir),
    generateId: ({ entry }) => contentId(entry),
  }),
  schema: (context) => docsPageSchema(context),
});

export const collections = { docs };
