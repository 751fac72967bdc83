import { getCollection, type CollectionEntry } from 'astro:content';
import { isPublished } from './publishing';
import { site } from './site';

export type Post = CollectionEntry<'blog'>;

/** Published posts, newest first. */
export async function getPublishedPosts(now: Date = new Date()): Promise<Post[]> {
  const posts = await getCollection('blog', (post) => isPublished(post.data, now, site.scheduledPostMarginMinutes));
  return posts.sort((a, b) => b.data.pubDatetime.getTime() - a.data.pubDatetime.getTime());
}
