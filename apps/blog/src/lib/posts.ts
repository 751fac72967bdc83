import { blogPostPath, isPublished } from '@pressroom/site-config';
import { getCollection, type CollectionEntry } from 'astro:content';
import { postEditUrl as editUrlOf, repositoryPath } from './edit-link';
import { config, postOgImagePath, rootDir, routes, site } from './site';

export type Post = CollectionEntry<'blog'>;

/**
 * Where a post is published below `/posts/`, as AstroPaper's `getPath` puts it: the folders of its
 * file that do not start with `_`, then the last segment of its id (its `slug`, when it has one).
 */
export function postPath(post: Pick<Post, 'id' | 'filePath'>): string {
  const file = repositoryPath(post, config, rootDir) ?? '';
  const contentDir = `${config.sites.blog.contentDir.replace(/\/+$/, '')}/`;
  return blogPostPath(file.startsWith(contentDir) ? file.slice(contentDir.length) : post.id, post.id);
}

/** The page of a post, base path included. */
export const postUrl = (post: Pick<Post, 'id' | 'filePath'>) => routes.blogPost(postPath(post));

/**
 * Two posts at one address would leave one of them unreachable (`_old/intro.md` and `intro.md`
 * are both `/posts/intro/`): the build stops and names both files, as the checks do.
 */
export function assertOneAddressEach(posts: readonly Pick<Post, 'id' | 'filePath'>[]): void {
  const seen = new Map<string, string>();
  for (const post of posts) {
    const path = postPath(post);
    const file = repositoryPath(post, config, rootDir) ?? post.id;
    const other = seen.get(path);
    if (other !== undefined) {
      throw new Error(
        `Unexpected second post at ${routes.blogPost(path)} (${other} and ${file}), expected one post per address. Give one of them another \`slug\` or file name.`,
      );
    }
    seen.set(path, file);
  }
}

/** Published posts, newest first. */
export async function getPublishedPosts(now: Date = new Date()): Promise<Post[]> {
  const all = await getCollection('blog');
  // Drafts too: one would take its address the day it is published.
  assertOneAddressEach(all);
  const posts = all.filter((post) => isPublished(post.data, now, site.scheduledPostMarginMinutes));
  return posts.sort((a, b) => b.data.pubDatetime.getTime() - a.data.pubDatetime.getTime());
}

/** The time zone a post's dates are shown in: its own, or the blog's. */
export const postTimeZone = (post: Post) => post.data.timezone ?? site.timezone;

/** The "Edit this post" link, or undefined when the post hides it. */
export const postEditUrl = (post: Post) => editUrlOf(post, config, rootDir);

/** Whether the post names a share image of its own; otherwise one is generated from its title. */
export const hasOwnOgImage = (post: Post) => post.data.ogImage !== undefined && post.data.ogImage !== null;

/** The share image of a post: its own (a path, a URL or an image Astro processed), or the generated one. */
export function postOgImage(post: Post): string {
  const image: unknown = post.data.ogImage;
  if (typeof image === 'string') return image;
  if (typeof image === 'object' && image !== null && 'src' in image && typeof image.src === 'string') return image.src;
  return postOgImagePath(postPath(post));
}
