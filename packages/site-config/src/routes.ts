import { slug as githubSlug } from 'github-slugger';
import { contentExtensionPattern } from './content.js';
import type { SiteConfig, SiteName } from './schema.js';

/**
 * The id of a content file from its path inside the site's content folder: each folder and the
 * file name slugged as GitHub slugs headings, extension dropped (`Guides/My Post.md` → `guides/my-post`).
 * Both apps give their collections this id, so the checks and the sites agree on every URL.
 */
export function contentId(relativePath: string): string {
  return relativePath
    .replaceAll('\\', '/')
    .replace(contentExtensionPattern, '')
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.')
    .map((segment) => githubSlug(segment))
    .join('/');
}

/** The slug of a tag in `/tags/<tag>/`. */
export function tagSlug(tag: string): string {
  return githubSlug(tag.trim());
}

function joinBase(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/** Site-relative paths of the routes each site serves, with the site's base path. */
/** The blog's archive page inside the site (no base): its ids are the years and months of posts. */
export const blogArchivesPath = '/archives/';

export function createRoutes(config: SiteConfig) {
  const blogBase = config.sites.blog.base;
  const docsBase = config.sites.docs.base;
  return {
    blogHome: () => joinBase(blogBase, '/'),
    blogPost: (postId: string) => joinBase(blogBase, `/posts/${postId}/`),
    blogPosts: (page = 1) => joinBase(blogBase, page <= 1 ? '/posts/' : `/posts/${page}/`),
    blogTag: (tag: string, page = 1) => joinBase(blogBase, page <= 1 ? `/tags/${tagSlug(tag)}/` : `/tags/${tagSlug(tag)}/${page}/`),
    blogTags: () => joinBase(blogBase, '/tags/'),
    blogArchives: () => joinBase(blogBase, blogArchivesPath),
    blogSearch: () => joinBase(blogBase, '/search/'),
    blogRss: () => joinBase(blogBase, '/rss.xml'),
    /** `index` and `guides/index` are the folder's own page. */
    docsPage: (pageId: string) => {
      const path = pageId.replace(/(?:^|\/)index$/, '');
      return joinBase(docsBase, path === '' ? '/' : `/${path}/`);
    },
  };
}

export type Routes = ReturnType<typeof createRoutes>;

/** The absolute URL of a path on one of the sites. */
export function absoluteUrl(config: SiteConfig, site: SiteName, path: string): string {
  return new URL(path, `${config.sites[site].url}/`).href;
}

/** The link to a file in the repository's web view, for "edit this page". */
export function editUrl(config: SiteConfig, repositoryPath: string): string {
  return `${config.repository.url}/edit/${config.repository.branch}/${repositoryPath.replace(/^\/+/, '')}`;
}
