import { join } from 'node:path';
import { i18nSchema } from '@astrojs/starlight/schema';
import { docsPageSchema } from '@pressroom/content-schema';
import { collectionPattern, loadSiteConfig } from '@pressroom/site-config';
import { glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { docsPageId } from './page-id.ts';

const { rootDir, config } = loadSiteConfig();

// Starlight's own docsLoader() reads only src/content/docs; the pages live in the shared content/ folder.
const docs = defineCollection({
  loader: glob({
    pattern: collectionPattern('docs'),
    base: join(rootDir, config.sites.docs.contentDir),
    generateId: ({ entry }) => docsPageId(entry),
  }),
  schema: (context) => docsPageSchema(context),
});

// Starlight asks for its UI strings' collection on every build, and Astro warns when it is missing or
// empty. Every locale of pressroom.config.json uses Starlight's own strings: one `en` entry that overrides none.
const i18n = defineCollection({ loader: () => [{ id: 'en' }], schema: i18nSchema() });

export const collections = { docs, i18n };
