import type { APIRoute } from 'astro';
import { machinePaths, postContentHtml, postTwinPath } from '../lib/machine-readable';
import { getPublishedPosts, postOgImage, postUrl } from '../lib/posts';
import { blogUrl, config, routes, site } from '../lib/site';

/** The posts as a JSON Feed 1.1 (jsonfeed.org), with the same full content as the RSS feed. */
export const GET: APIRoute = async () => {
  const posts = await getPublishedPosts();
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: site.title,
    home_page_url: blogUrl(routes.blogHome()),
    feed_url: blogUrl(machinePaths.jsonFeed()),
    description: site.description,
    icon: blogUrl(`${routes.blogHome()}og.png`),
    favicon: blogUrl(`${routes.blogHome()}favicon.svg`),
    language: 'en',
    authors: [{ name: config.author }],
    items: posts.map((post) => ({
      id: blogUrl(postUrl(post)),
      url: blogUrl(postUrl(post)),
      title: post.data.title,
      summary: post.data.description,
      content_html: postContentHtml(post),
      image: new URL(postOgImage(post), blogUrl(routes.blogHome())).href,
      date_published: post.data.pubDatetime.toISOString(),
      ...(post.data.modDatetime ? { date_modified: post.data.modDatetime.toISOString() } : {}),
      authors: [{ name: post.data.author }],
      tags: post.data.tags,
      // Where the post's Markdown source is, for readers that want it without HTML.
      _pressroom: { markdown_url: blogUrl(postTwinPath(post)) },
    })),
  };
  return new Response(`${JSON.stringify(feed, null, 2)}\n`, { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
};
