import { join } from 'node:path';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { i18nSchema } from '@astrojs/starlight/schema';
import { docsPageSchema } from '@pressroom/content-schema';
import { collectionPattern, loadSiteConfig } from '@pressroom/site-config';
import { glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsPageId } from './page-id.ts';
import { outdatedNoticeKeys } from './translations.ts';

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

// Starlight's UI strings, by language (src/content/i18n/<lang>.json): Starlight's own, and the
// outdated-translation banner's, which a language without its file shows in the default locale's.
const i18n = defineCollection({
  loader: i18nLoader(),
  schema: i18nSchema({
    extend: z.object({ [outdatedNoticeKeys.text]: z.string(), [outdatedNoticeKeys.link]: z.string() }).partial(),
  }),
});

export const collections = { docs, i18n };
