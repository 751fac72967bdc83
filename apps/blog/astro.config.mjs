// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { loadSiteConfig } from '@pressroom/site-config';
import { defineConfig } from 'astro/config';

const { config } = loadSiteConfig();

export default defineConfig({
  site: config.sites.blog.url,
  base: config.sites.blog.base,
  trailingSlash: 'always',
  markdown: {
    processor: unified(),
  },
});
