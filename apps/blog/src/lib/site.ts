import { createRoutes, loadSiteConfig } from '@pressroom/site-config';

export const { config, rootDir } = loadSiteConfig();
export const site = config.sites.blog;
export const routes = createRoutes(config);
