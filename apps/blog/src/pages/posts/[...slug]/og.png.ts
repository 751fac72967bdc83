import type { APIRoute, GetStaticPaths } from 'astro';
import { formatDate } from '../../../lib/format';
import { getPublishedPosts, hasOwnOgImage, postPath, postTimeZone, type Post } from '../../../lib/posts';
import { site } from '../../../lib/site';
import { ogImages } from '../../../og/og-image';

/** A generated share image for each post that names no `ogImage` of its own. */
export const getStaticPaths = (async () => {
  const posts = await getPublishedPosts();
  return posts.filter((post) => !hasOwnOgImage(post)).map((post) => ({ params: { slug: postPath(post) }, props: { post } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ post: Post }> = async ({ props: { post } }) => {
  const png = await ogImages.render({
    title: post.data.title,
    subtitle: `${post.data.author} · ${formatDate(post.data.pubDatetime, postTimeZone(post))}`,
    siteTitle: site.title,
    siteHost: new URL(site.url).host,
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
