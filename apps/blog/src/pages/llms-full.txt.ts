import type { APIRoute } from 'astro';
import { postTwin, textResponse } from '../lib/machine-readable';
import { getPublishedPosts } from '../lib/posts';
import { site } from '../lib/site';

/** Every published post's Markdown twin in one file, newest first, after the blog's own title. */
export const GET: APIRoute = async () => {
  const posts = await getPublishedPosts();
  const twins = await Promise.all(posts.map((post) => postTwin(post)));
  return textResponse([`# ${site.title}\n\n> ${site.description}\n`, ...twins.map((twin) => twin.trimEnd() + '\n')].join('\n'), 'text/plain');
};
