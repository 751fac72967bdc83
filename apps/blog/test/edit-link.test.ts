import { describe, expect, test } from 'vitest';
import { postEditUrl, repositoryPath } from '../src/lib/edit-link';
import { config } from './dist.js';

const rootDir = '/repo';
const edit = (path: string) => `${config.repository.url}/edit/${config.repository.branch}/${path}`;

describe('the "Edit this post" link', () => {
  test('points at the source file under the content folder, from the path Astro gives', () => {
    const post = { filePath: '../../content/blog/guides/my-post.md', data: {} };
    expect(repositoryPath(post, config, rootDir)).toBe('content/blog/guides/my-post.md');
    expect(postEditUrl(post, config, rootDir)).toBe(edit('content/blog/guides/my-post.md'));
  });

  test('is left out when the post sets hideEditPost, or has no file', () => {
    expect(postEditUrl({ filePath: '../../content/blog/a.md', data: { hideEditPost: true } }, config, rootDir)).toBeUndefined();
    expect(postEditUrl({ data: {} }, config, rootDir)).toBeUndefined();
  });
});
