// @ts-check
import { defineConfig } from 'astro/config';

// The blog's floor: Astro with its defaults and nothing else, over the same posts.
export default defineConfig({ site: 'https://blog.floor.example', trailingSlash: 'always' });
