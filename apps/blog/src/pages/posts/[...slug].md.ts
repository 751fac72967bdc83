import type { APIRoute, GetStaticPaths } from 'astro';
import { postTwin, textResponse } from '../../lib/machine-readable';
import { getPublishedPosts, postPath, type Post } from '../../lib/posts';

/** The Markdown twin of each published post, beside its page. */
export const getStaticPaths = (async () => {
  const posts = await getPublishedPosts();
  return posts.map((post) => ({ params: { slug: postPath(post) }, props: { post } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ post: Post }> = async ({ props: { post } }) => textResponse(await postTwin(post), 'text/markdown');
