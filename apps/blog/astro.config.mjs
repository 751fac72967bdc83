// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { pressroomMarkdown } from '@pressroom/markdown';
import { aliasPatterns, createRoutes, loadSiteConfig } from '@pressroom/site-config';
import { brandFontEntry } from '@pressroom/theme';
import { defineConfig, fontProviders } from 'astro/config';
import { pagefindIndex } from './src/integrations/pagefind.ts';

const { config, rootDir } = loadSiteConfig();
const routes = createRoutes(config);
const siteUrls = [config.sites.blog.url, config.sites.docs.url];

export default defineConfig({
  site: config.sites.blog.url,
  base: config.sites.blog.base,
  trailingSlash: 'always',
  // Two posts with one id or one address fail the build, as the checks report them, instead of one
  // of them quietly going missing.
  prerenderConflictBehavior: 'error',
  experimental: {
    // The content layer (every page's rendered HTML) in parts of 1 MiB instead of one module:
    // Node's import of that module takes time that grows with the square of its size.
    collectionStorage: { type: 'chunked', chunkSize: 1024 * 1024 },
  },
  markdown: {
    // PRESSROOM_UNTRUSTED=1 (CI, pull requests from forks): raw HTML is sanitized.
    processor: unified(pressroomMarkdown({ siteUrls, sanitize: process.env.PRESSROOM_UNTRUSTED === '1' })),
    shikiConfig: {
      // Both themes' colours go into CSS variables; the stylesheet picks one per theme.
      themes: { light: 'github-light', dark: 'github-dark' },
      defaultColor: false,
      wrap: false,
    },
  },
  vite: {
    // Image paths content may start with an alias (`@/assets/…`), resolved as the checks resolve them.
    resolve: { alias: aliasPatterns(config, rootDir) },
    // Static pages are rendered in Astro's `prerender` environment. The share cards' package is
    // loaded by Node from its own folder there: bundled, its native renderer (resvg) cannot be.
    environments: { prerender: { resolve: { external: ['@pressroom/og'] } } },
  },
  fonts: [brandFontEntry(fontProviders.local())],
  integrations: [
    // The search page only lists results; it has nothing of its own to be found for.
    sitemap({ filter: (page) => new URL(page).pathname !== routes.blogSearch() }),
    pagefindIndex(),
  ],
});
