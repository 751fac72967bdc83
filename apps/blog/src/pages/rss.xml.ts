import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { lastChange, postContentHtml } from '../lib/machine-readable';
import { getPublishedPosts, postUrl } from '../lib/posts';
import { blogUrl, routes, site } from '../lib/site';

/** The escapes XML needs inside an attribute value. */
const xmlAttribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

export const GET: APIRoute = async () => {
  const posts = await getPublishedPosts();
  const updated = lastChange(posts);
  return rss({
    title: site.title,
    description: site.description,
    site: blogUrl(routes.blogHome()),
    trailingSlash: true,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    items: posts.map((post) => ({
      title: post.data.title,
      link: blogUrl(postUrl(post)),
      // A changed post reappears in readers with its change date.
      pubDate: post.data.modDatetime ?? post.data.pubDatetime,
      description: post.data.description,
      // The whole post, so it can be read in the feed reader.
      content: postContentHtml(post),
      categories: post.data.tags,
    })),
    customData: [
      '<language>en</language>',
      // The feed's own address, which validators and readers expect (RSS Best Practices Profile).
      `<atom:link href="${xmlAttribute(blogUrl(routes.blogRss()))}" rel="self" type="application/rss+xml"/>`,
      // The date of the newest change, not of the build: a rebuild with nothing new keeps the feed as it was.
      updated ? `<lastBuildDate>${updated.toUTCString()}</lastBuildDate>` : '',
    ].join(''),
  });
};
