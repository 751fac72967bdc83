import { absoluteUrl, createRoutes, loadSiteConfig } from '@pressroom/site-config';

export const { config, rootDir } = loadSiteConfig();
export const site = config.sites.blog;
export const routes = createRoutes(config);

/** An absolute URL on the blog, for feeds, sitemaps and `<meta>` that need one. */
export const blogUrl = (path: string) => absoluteUrl(config, 'blog', path);

/** The generated share image of a post, beside its page (`postPath` of `./posts`). */
export const postOgImagePath = (postPath: string) => `${routes.blogPost(postPath)}og.png`;
/** The site's own share image, for every page that is not a post. */
export const siteOgImagePath = () => `${routes.blogHome()}og.png`;

/**
 * The view-transition-name that ties a post's title in a list to the title of its page, so the
 * cross-document transition moves one into the other. Unique per post, a valid CSS identifier.
 */
export const transitionName = (postId: string) => `post-${postId.replace(/[^a-z0-9-]/gi, '-')}`;
