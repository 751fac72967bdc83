import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getPublishedPosts, postUrl } from '../lib/posts';
import { blogUrl, routes, site } from '../lib/site';

export const GET: APIRoute = async () => {
  const posts = await getPublishedPosts();
  return rss({
    title: site.title,
    description: site.description,
    site: blogUrl(routes.blogHome()),
    trailingSlash: true,
    items: posts.map((post) => ({
      title: post.data.title,
      link: blogUrl(postUrl(post)),
      // A changed post reappears in readers with its change date.
      pubDate: post.data.modDatetime ?? post.data.pubDatetime,
      description: post.data.description,
      categories: post.data.tags,
    })),
    customData: '<language>en</language>',
  });
};
