import { llmsTxtEntry } from '@pressroom/markdown';
import type { APIRoute } from 'astro';
import { machinePaths, postTwinPath, textResponse } from '../lib/machine-readable';
import { getPublishedPosts } from '../lib/posts';
import { blogUrl, routes, site } from '../lib/site';

/** The blog's index for language models, in the llms.txt format (llmstxt.org): every post's Markdown twin. */
export const GET: APIRoute = async () => {
  const posts = await getPublishedPosts();
  const lines = [
    `# ${site.title}`,
    '',
    `> ${site.description}`,
    '',
    `Each post below links to its Markdown source; ${blogUrl(machinePaths.llmsFullTxt())} holds them all in one file.`,
    '',
    '## Posts',
    '',
    ...posts.map((post) => llmsTxtEntry(post.data.title, blogUrl(postTwinPath(post)), post.data.description)),
    '',
    '## Optional',
    '',
    `- [Archives](${blogUrl(routes.blogArchives())}): every post by year and month`,
    `- [Tags](${blogUrl(routes.blogTags())}): every tag with its posts`,
    `- [RSS feed](${blogUrl(routes.blogRss())}): the posts in full, newest first`,
    `- [JSON Feed](${blogUrl(machinePaths.jsonFeed())}): the same posts as JSON`,
    '',
  ];
  return textResponse(lines.join('\n'), 'text/plain');
};
