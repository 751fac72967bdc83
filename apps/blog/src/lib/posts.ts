import { isPublished } from '@pressroom/site-config';
import { getCollection, type CollectionEntry } from 'astro:content';
import { postEditUrl as editUrlOf } from './edit-link';
import { config, postOgImagePath, rootDir, site } from './site';

export type Post = CollectionEntry<'blog'>;

/** Published posts, newest first. */
export async function getPublishedPosts(now: Date = new Date()): Promise<Post[]> {
  const posts = await getCollection('blog', (post) => isPublished(post.data, now, site.scheduledPostMarginMinutes));
  return posts.sort((a, b) => b.data.pubDatetime.getTime() - a.data.pubDatetime.getTime());
}

/** The "Edit this post" link, or undefined when the post hides it. */
export const postEditUrl = (post: Post) => editUrlOf(post, config, rootDir);

/** Whether the post names a share image of its own; otherwise one is generated from its title. */
export const hasOwnOgImage = (post: Post) => post.data.ogImage !== undefined && post.data.ogImage !== null;

/** The share image of a post: its own (a path, a URL or an image Astro processed), or the generated one. */
export function postOgImage(post: Post): string {
  const image: unknown = post.data.ogImage;
  if (typeof image === 'string') return image;
  if (typeof image === 'object' && image !== null && 'src' in image && typeof image.src === 'string') return image.src;
  return postOgImagePath(post.id);
}
