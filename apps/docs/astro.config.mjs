// @ts-check
import { join } from 'node:path';
import sitemap from '@astrojs/sitemap';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import { pressroomMarkdown } from '@pressroom/markdown';
import { aliasPatterns, defaultSiteLocale, loadSiteConfig, siteLocales } from '@pressroom/site-config';
import { brandFontEntry } from '@pressroom/theme';
import { defineConfig, fontProviders } from 'astro/config';
import { contentPageIds, isFallbackPath } from './src/content-pages.ts';
import { focusableCodeBlocks } from './src/focusable-code-blocks.ts';
import { docsSections, sidebarGroup } from './src/sidebar.ts';

const { rootDir, config } = loadSiteConfig();
const docs = config.sites.docs;
const contentDir = join(rootDir, docs.contentDir);
// The sidebar lists the default locale's pages; Starlight links each to the reader's locale.
const defaultLocaleDir = defaultSiteLocale(docs).prefix;
const locales = siteLocales(docs);
const pageIds = contentPageIds(contentDir);
const basePath = new URL(docs.base, docs.url).pathname;

export default defineConfig({
  site: docs.url,
  base: docs.base,
  trailingSlash: 'always',
  // Two pages with one id fail the build, as the checks report them, instead of one going missing.
  prerenderConflictBehavior: 'error',
  experimental: {
    // The content layer (every page's rendered HTML) in parts of 1 MiB instead of one module:
    // Node's import of that module takes time that grows with the square of its size.
    collectionStorage: { type: 'chunked', chunkSize: 1024 * 1024 },
  },
  markdown: {
    // Starlight draws heading links and Expressive Code reads `title=` itself: the shared plugins leave both to it.
    // `starlight: true` parses with the syntax list the checks read docs content with (asides).
    processor: unified(
      pressroomMarkdown({
        siteUrls: [config.sites.blog.url, config.sites.docs.url],
        starlight: true,
        headingLinks: false,
        codeTitles: false,
        readingTime: false,
        // PRESSROOM_UNTRUSTED=1 (CI, pull requests from forks): raw HTML is sanitized.
        sanitize: process.env.PRESSROOM_UNTRUSTED === '1',
      }),
    ),
  },
  vite: {
    // Image paths content may start with an alias (`@/assets/…`), resolved as the checks resolve them.
    // MDX pages live in the repository's content/ folder, outside this app: an import of Starlight's
    // components from there resolves from this app, where the package is installed.
    resolve: { alias: aliasPatterns(config, rootDir), dedupe: ['@astrojs/starlight'] },
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          // Astro marks every MDX page's module with this directive and the bundler warns that it
          // may drop it, which it may: Astro reads it before bundling (withastro/astro#18087).
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject')) return;
          warn(warning);
        },
      },
    },
    // Static pages are rendered in Astro's `prerender` environment. The share cards' package is
    // loaded by Node from its own folder there: bundled, its native renderer (resvg) cannot be.
    environments: { prerender: { resolve: { external: ['@pressroom/og'] } } },
  },
  fonts: [brandFontEntry(fontProviders.local())],
  integrations: [
    // Starlight adds this sitemap itself unless the site does, with the same `i18n` (its hreflang
    // alternates): added here to leave out the pages a locale falls back to, which show the
    // default page again. The alternates are drawn from the pages listed, real translations only.
    sitemap({
      ...(locales.length > 1 ? { i18n: { defaultLocale: defaultSiteLocale(docs).key, locales: Object.fromEntries(locales.map((locale) => [locale.key, locale.lang])) } } : {}),
      filter: (url) => !isFallbackPath(docs, pageIds, decodeURIComponent(new URL(url).pathname).slice(basePath.length)),
    }),
    starlight({
      title: docs.title,
      description: docs.description,
      // The languages of pressroom.config.json, in Starlight's shape: the checks read the same ones.
      ...(docs.locales ? { locales: docs.locales, defaultLocale: docs.defaultLocale } : {}),
      editLink: {
        baseUrl: `${config.repository.url}/edit/${config.repository.branch}/${docs.contentDir}/`,
      },
      // Dates come from git through ./src/route-data.ts; a page without a known date shows none.
      lastUpdated: true,
      routeMiddleware: './src/route-data.ts',
      // The not-found page is src/pages/404.astro: Starlight's own looks for a `404` page in the
      // docs collection and warns on every build that content/docs has none.
      disable404Route: true,
      // One visual system with the blog: the logo, the accent, focus ring and highlights of @pressroom/theme.
      logo: { src: '@pressroom/theme/logo.svg' },
      customCss: ['@pressroom/theme/starlight.css', './src/styles/pressroom.css'],
      components: { Head: './src/components/Head.astro', Search: './src/components/Search.astro' },
      expressiveCode: { plugins: [focusableCodeBlocks()] },
      markdown: {
        // Starlight's Markdown features (asides, heading links) apply to its own folder only by default.
        processedDirs: [contentDir],
      },
      social: [{ icon: 'github', label: 'Source', href: config.repository.url }],
      sidebar: [
        ...docsSections.map(({ directory, label, translations }) => sidebarGroup(contentDir, directory, label, defaultLocaleDir, translations)),
        { label: config.sites.blog.title, link: config.sites.blog.url },
      ],
    }),
  ],
});
