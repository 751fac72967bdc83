import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { absoluteHtmlUrls, markdownTwin, markdownTwinMemo, markdownTwinPath } from '@pressroom/markdown';
import { repositoryPath } from './edit-link';
import { postUrl, type Post } from './posts';
import { blogUrl, config, rootDir, routes } from './site';

/** The feeds and text files the blog serves beside its pages, base path included. */
export const machinePaths = {
  jsonFeed: () => `${routes.blogHome()}feed.json`,
  llmsTxt: () => `${routes.blogHome()}llms.txt`,
  llmsFullTxt: () => `${routes.blogHome()}llms-full.txt`,
};

/** Where a post's Markdown twin is served: `/posts/my-post.md` beside `/posts/my-post/`. */
export const postTwinPath = (post: Pick<Post, 'id' | 'filePath'>) => markdownTwinPath(postUrl(post));

/** A post's source as a standalone Markdown file: title and description, links absolute. */
export const postTwin = markdownTwinMemo(makeTwin);

async function makeTwin(post: Post): Promise<string> {
  const file = repositoryPath(post, config, rootDir);
  if (file === undefined) throw new Error(`Unexpected post without a file: ${post.id}, expected one read from ${config.sites.blog.contentDir}.`);
  const path = join(rootDir, file);
  return markdownTwin({
    source: await readFile(path, 'utf8'),
    path,
    pageUrl: blogUrl(postUrl(post)),
    title: post.data.title,
    description: post.data.description,
    config,
    rootDir,
  });
}

/** A post's rendered body for feeds, every link and image absolute so it works in a reader. */
export function postContentHtml(post: Post): string {
  return absoluteHtmlUrls(post.rendered?.html ?? '', blogUrl(postUrl(post)));
}

/** When the feed's content last changed: the newest publication or change of a published post. */
export function lastChange(posts: readonly Post[]): Date | undefined {
  const times = posts.map((post) => (post.data.modDatetime ?? post.data.pubDatetime).getTime());
  return times.length === 0 ? undefined : new Date(Math.max(...times));
}

/** Text responses say they are UTF-8, so a browser shows them as written. */
export const textResponse = (body: string, type: string) => new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
