import { glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';

// The bench copies the corpus's posts here; no schema, so nothing but Astro reads the frontmatter.
export const collections = { blog: defineCollection({ loader: glob({ pattern: '**/*.md', base: './src/content/blog' }) }) };
