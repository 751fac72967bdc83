import { relative, resolve } from 'node:path';
import { editUrl } from '@pressroom/site-config';
import { getCollection, type CollectionEntry } from 'astro:content';
import { isPublished } from './publishing';
import { config, postOgImagePath, rootDir, site } from './site';

export type Post = CollectionEntry<'blog'>;

/** Published posts, newest first. */
export async function getPublishedPosts(now: Date = new Date()): Promise<Post[]> {
  const posts = await getCollection('blog', (post) => isPublished(post.data, now, site.scheduledPostMarginMinutes));
  return posts.sort((a, b) => b.data.pubDatetime.getTime() - a.data.pubDatetime.getTime());
}

/**
 * Where the post's file lives in the repository, e.g. `content/blog/my-post.md`. Astro gives the
 * path relative to the app, which sits elsewhere in the repository, hence the content folder search.
 */
export function repositoryPath(post: Post): string | undefined {
  if (!post.filePath) return undefined;
  const path = post.filePath.replaceAll('\\', '/');
  const contentDir = `${site.contentDir.replace(/\/+$/, '')}/`;
  const start = path.lastIndexOf(contentDir);
  if (start !== -1) return path.slice(start);
  return relative(rootDir, resolve(post.filePath)).replaceAll('\\', '/');
}

/** The "Edit this post" link, or undefined when the post hides it. */
export function postEditUrl(post: Post): string | undefined {
  const path = repositoryPath(post);
  return post.data.hideEditPost || !path ? undefined : editUrl(config, path);
}

/** Whether the post names a share image of its own; otherwise one is generated from its title. */
export const hasOwnOgImage = (post: Post) => post.data.ogImage !== undefined && post.data.ogImage !== null;

/** The share image of a post: its own (a path, a URL or an image Astro processed), or the generated one. */
export function postOgImage(post: Post): string {
  const image: unknown = post.data.ogImage;
  if (typeof image === 'string') return image;
  if (typeof image === 'object' && image !== null && 'src' in image && typeof image.src === 'string') return image.src;
  return postOgImagePath(post.id);
}
