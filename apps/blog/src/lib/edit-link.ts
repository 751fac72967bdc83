import { relative, resolve } from 'node:path';
import { editUrl, type SiteConfig } from '@pressroom/site-config';

export interface EditablePost {
  /** As Astro's glob loader gives it: relative to the app, which sits elsewhere in the repository. */
  filePath?: string | undefined;
  data: { hideEditPost?: boolean | undefined };
}

/** Where the post's file lives in the repository, e.g. `content/blog/my-post.md`. */
export function repositoryPath(post: Pick<EditablePost, 'filePath'>, config: SiteConfig, rootDir: string): string | undefined {
  if (!post.filePath) return undefined;
  const path = post.filePath.replaceAll('\\', '/');
  const contentDir = `${config.sites.blog.contentDir.replace(/\/+$/, '')}/`;
  const start = path.lastIndexOf(contentDir);
  if (start !== -1 && (start === 0 || path[start - 1] === '/')) return path.slice(start);
  return relative(rootDir, resolve(post.filePath)).replaceAll('\\', '/');
}

/** The "Edit this post" link, or undefined when the post hides it. */
export function postEditUrl(post: EditablePost, config: SiteConfig, rootDir: string): string | undefined {
  const path = repositoryPath(post, config, rootDir);
  return post.data.hideEditPost || !path ? undefined : editUrl(config, path);
}
