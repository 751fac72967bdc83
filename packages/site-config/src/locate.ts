import { contentExtensionPattern } from './content.js';
import { blogPostId, blogPostPath, loadsFile, type IdentityFields } from './entries.js';
import { writtenPath } from './paths.js';
import { blogArchivesPath, contentId, createRoutes } from './routes.js';
import type { SiteConfig, SiteName } from './schema.js';

export const siteNames = ['blog', 'docs'] as const satisfies readonly SiteName[];

/** True for a content file (`contentExtensions`): one the checks read, which a link may name as a page. */
export function isMarkdownPath(path: string): boolean {
  return contentExtensionPattern.test(path);
}

/** A content file of one of the sites. */
export interface ContentFileLocation {
  site: SiteName;
  /**
   * The id its collection gives the file: for the blog, Astro's glob loader's (`slug`, see
   * `blogPostId`), for the docs `contentId` of its path.
   */
  id: string;
  /** Where the page is inside the site's URL scheme: the blog's `/posts/<pagePath>/`, the docs' id. */
  pagePath: string;
}

/** The site whose content folder holds a file, and the file's path inside that folder. */
export function contentFolderOf(config: SiteConfig, repositoryPath: string): { site: SiteName; inside: string } | undefined {
  const path = writtenPath(repositoryPath);
  for (const site of siteNames) {
    const dir = `${writtenPath(config.sites[site].contentDir).replace(/\/+$/, '')}/`;
    if (path.startsWith(dir)) return { site, inside: path.slice(dir.length) };
  }
  return undefined;
}

/**
 * Which site publishes a file, from its path relative to the repository root and, for a blog
 * post, its frontmatter `slug` (`content/blog/my-post.md` → blog, `my-post`). Files the site's
 * collection does not load are not published: a name that starts with `_`, an extension the site
 * does not publish (see `publishedExtensions`), anything outside the content folders.
 */
export function locateContentFile(
  config: SiteConfig,
  repositoryPath: string,
  frontmatter?: IdentityFields | undefined,
): ContentFileLocation | undefined {
  const folder = contentFolderOf(config, repositoryPath);
  if (!folder || !loadsFile(folder.site, folder.inside)) return undefined;
  if (folder.site === 'docs') {
    const id = contentId(folder.inside);
    return { site: 'docs', id, pagePath: id };
  }
  const id = blogPostId(folder.inside, frontmatter);
  return { site: 'blog', id, pagePath: blogPostPath(folder.inside, id) };
}

/** The site path (base included, trailing slash) of a content page, from its `pagePath`. */
export function contentPagePath(config: SiteConfig, site: SiteName, pagePath: string): string {
  const routes = createRoutes(config);
  return site === 'blog' ? routes.blogPost(pagePath) : routes.docsPage(pagePath);
}

/** A URL on one of the sites, as a path inside that site with its base path removed. */
export interface SitePathLocation {
  site: SiteName;
  /** Starts with `/`; the site's base path is removed. Still percent-encoded. */
  path: string;
}

/** Removes the site's base path from a path, or `undefined` when the path is outside the base. */
export function stripSiteBase(config: SiteConfig, site: SiteName, pathname: string): string | undefined {
  const base = config.sites[site].base;
  if (base === '/') return pathname;
  const bare = base.replace(/\/$/, '');
  if (pathname === bare) return '/';
  return pathname.startsWith(base) ? pathname.slice(bare.length) : undefined;
}

/**
 * The site an absolute URL points into, when it is one of the configured public URLs.
 * `http` and `https` count as the same site: a link written with the other scheme still reaches it.
 */
export function locateSiteUrl(config: SiteConfig, url: URL): SitePathLocation | undefined {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  for (const site of siteNames) {
    const siteUrl = new URL(`${config.sites[site].url}/`);
    if (siteUrl.host.toLowerCase() !== url.host.toLowerCase()) continue;
    const path = stripSiteBase(config, site, url.pathname);
    if (path !== undefined) return { site, path };
  }
  return undefined;
}

/** The public URL of a site path (base included), e.g. for a link from one site to the other. */
export function siteOrigin(config: SiteConfig, site: SiteName): string {
  return new URL(`${config.sites[site].url}/`).origin;
}

/**
 * The URL a relative Markdown file link must have on the site, so one link works both on GitHub
 * (where it points at the file) and on the built site (where it points at the page).
 * Returns `undefined` for anything that is not a relative link to a published content file.
 *
 * @param fromRepositoryPath the linking file, relative to the repository root
 * @param href the link as written, e.g. `../guides/writing-a-post.md#start`
 * @param frontmatterOf reads a target file's frontmatter, for a post's `slug`; without it, slugs are
 *   not known and a post is where its file name puts it
 */
export function markdownLinkUrl(
  config: SiteConfig,
  fromRepositoryPath: string,
  href: string,
  frontmatterOf?: (repositoryPath: string) => IdentityFields | undefined,
): string | undefined {
  if (href === '' || href.startsWith('#') || href.startsWith('/') || /^[a-z][a-z\d+.-]*:/i.test(href)) return undefined;
  const from = locateContentFile(config, fromRepositoryPath);
  if (!from) return undefined;
  const hashIndex = href.indexOf('#');
  const pathPart = hashIndex === -1 ? href : href.slice(0, hashIndex);
  const hash = hashIndex === -1 ? '' : href.slice(hashIndex);
  if (pathPart.includes('?')) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathPart);
  } catch {
    return undefined;
  }
  if (!isMarkdownPath(decoded)) return undefined;
  const targetPath = new URL(decoded, `file:///${writtenPath(fromRepositoryPath)}`).pathname.slice(1);
  const targetFile = decodeURIComponent(targetPath);
  const target = locateContentFile(config, targetFile, frontmatterOf?.(targetFile));
  if (!target) return undefined;
  const path = contentPagePath(config, target.site, target.pagePath);
  if (target.site === from.site) return `${path}${hash}`;
  return `${new URL(path, `${siteOrigin(config, target.site)}/`).href}${hash}`;
}

/** The fields that decide whether a blog post is on the built site. */
export interface PublishingFields {
  draft?: boolean | undefined | null;
  pubDatetime: Date;
}

/**
 * A post is published when it is not a draft and its time has come; the margin lets a post
 * scheduled a few minutes after a build go out with that build.
 */
export function isPublished(post: PublishingFields, now: Date, marginMinutes: number): boolean {
  if (post.draft) return false;
  return post.pubDatetime.getTime() - marginMinutes * 60_000 <= now.getTime();
}

/**
 * The pages of the blog that are not posts, as paths inside the site (no base). Tag pages and
 * list pages past the first depend on the posts, see `blogListingPaths`.
 */
export const blogFixedPaths = ['/', '/posts/', '/tags/', blogArchivesPath, '/search/', '/rss.xml'] as const;

/** Every listing page of the blog for the given published posts' tags and count (no base). */
export function blogListingPaths(config: SiteConfig, published: { tags: readonly string[] }[]): string[] {
  const routes = createRoutes({ ...config, sites: { ...config.sites, blog: { ...config.sites.blog, base: '/' } } });
  const perPage = config.sites.blog.postsPerPage;
  const paths = new Set<string>();
  const pageCount = (count: number) => Math.max(1, Math.ceil(count / perPage));
  for (let page = 2; page <= pageCount(published.length); page++) paths.add(routes.blogPosts(page));
  const tagCounts = new Map<string, number>();
  for (const post of published) {
    for (const tag of new Set(post.tags)) tagCounts.set(tag, (tagCounts.get(tag) ?? 0) + 1);
  }
  for (const [tag, count] of tagCounts) {
    for (let page = 1; page <= pageCount(count); page++) paths.add(routes.blogTag(tag, page));
  }
  return [...paths];
}
