import { render } from 'astro:content';
import type { Post } from './posts';

/**
 * Minutes to read a post, as remark-reading-time (@pressroom/markdown) stored them when the post
 * was rendered. Rendering again is a lookup: the content layer keeps the rendered post.
 */
export async function readingMinutes(post: Post): Promise<number | undefined> {
  const { remarkPluginFrontmatter } = await render(post);
  const minutes: unknown = remarkPluginFrontmatter.readingTimeMinutes;
  return typeof minutes === 'number' ? minutes : undefined;
}
