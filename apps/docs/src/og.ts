import { absoluteUrl, createRoutes, loadSiteConfig } from '@pressroom/site-config';
import { createOgImageRenderer, defaultOgCacheDir, type OgCardContent } from '@pressroom/og';

const { rootDir, config } = loadSiteConfig();
const docs = config.sites.docs;
const routes = createRoutes(config);

/**
 * The docs' share cards, drawn by the blog's generator. Cards drawn by an earlier build are read
 * back from the repository's `node_modules/.cache/pressroom-og`, so a build redraws only what changed.
 */
export const ogImages = createOgImageRenderer({ cacheDir: defaultOgCacheDir(rootDir) });

/** The share card of a page sits beside it: `/guides/writing-a-post/og.png`, `/og.png` for the home page. */
export const ogImagePath = (pageId: string) => `${routes.docsPage(pageId)}og.png`;
export const ogImageUrl = (pageId: string) => absoluteUrl(config, 'docs', ogImagePath(pageId));

export function ogCard(page: { title: string; description?: string | undefined }): OgCardContent {
  return { title: page.title, subtitle: page.description ?? docs.description, siteTitle: docs.title, siteHost: new URL(docs.url).host };
}
