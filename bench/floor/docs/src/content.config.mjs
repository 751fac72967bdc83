import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { defineCollection } from 'astro:content';

// Starlight's own loader and schema over src/content/docs, where the bench copies the corpus's pages.
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
