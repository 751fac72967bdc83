// @ts-check
import { join } from 'node:path';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import { loadSiteConfig } from '@pressroom/site-config';
import { defineConfig } from 'astro/config';

const { rootDir, config } = loadSiteConfig();
const docs = config.sites.docs;

export default defineConfig({
  site: docs.url,
  base: docs.base,
  trailingSlash: 'always',
  markdown: {
    processor: unified(),
  },
  integrations: [
    starlight({
      title: docs.title,
      description: docs.description,
      editLink: {
        baseUrl: `${config.repository.url}/edit/${config.repository.branch}/${docs.contentDir}/`,
      },
      // Dates come from git through ./src/route-data.ts; a page without a known date shows none.
      lastUpdated: true,
      routeMiddleware: './src/route-data.ts',
      customCss: ['./src/styles/pressroom.css'],
      markdown: {
        // Starlight's Markdown features (asides, heading links) apply to its own folder only by default.
        processedDirs: [join(rootDir, docs.contentDir)],
      },
      social: [{ icon: 'github', label: 'Source', href: config.repository.url }],
      sidebar: [
        { label: 'Start here', items: [{ autogenerate: { directory: 'start' } }] },
        { label: 'Guides', items: [{ autogenerate: { directory: 'guides' } }] },
        { label: 'Reference', items: [{ autogenerate: { directory: 'reference' } }] },
      ],
    }),
  ],
});
