import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { blogPostSchema, docsPageSchema, validateFrontmatter } from '@pressroom/content-schema';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { createDoc, createPost, FileExistsError, FrontmatterInvalidError, planPost } from '../src/index.js';
import { tempRepo } from './helpers.js';

const now = new Date(2026, 2, 9, 23, 30); // 9 March 2026, late evening local time

function frontmatterOf(path: string): Record<string, unknown> {
  const text = readFileSync(path, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  expect(match, `${path} starts with a frontmatter block`).not.toBeNull();
  return parse(match![1]!) as Record<string, unknown>;
}

describe('createPost', () => {
  test('writes a post whose frontmatter the blog schema accepts', async () => {
    const repo = tempRepo();
    const file = await createPost(
      { title: 'Streams, Tables & You', description: 'How streams and tables relate.', tags: ['Guide', 'Kafka'] },
      { cwd: repo, now },
    );
    expect(file.repositoryPath).toBe('content/blog/streams-tables-you.md');
    const frontmatter = frontmatterOf(join(repo, 'content/blog/streams-tables-you.md'));
    expect(frontmatter).toEqual({
      title: 'Streams, Tables & You',
      description: 'How streams and tables relate.',
      pubDatetime: '2026-03-09',
      author: 'Fixture Author',
      tags: ['Guide', 'Kafka'],
    });
    expect(validateFrontmatter(blogPostSchema(), frontmatter).success).toBe(true);
  });

  test('--draft and comma-separated tags end up in the frontmatter', async () => {
    const repo = tempRepo();
    await createPost({ title: 'Draft notes', description: 'Not ready yet.', tags: ['a, b', 'b', ' c '], draft: true }, { cwd: repo, now });
    expect(frontmatterOf(join(repo, 'content/blog/draft-notes.md'))).toMatchObject({ draft: true, tags: ['a', 'b', 'c'] });
  });

  test('works from a folder deep inside the repository', async () => {
    const repo = tempRepo();
    const file = await createPost({ title: 'From deep inside', description: 'Found the config above.' }, { cwd: join(repo, 'content/docs/guides'), now });
    expect(existsSync(file.path)).toBe(true);
    expect(file.path).toBe(join(repo, 'content/blog/from-deep-inside.md'));
  });

  test('a title in another script keeps its letters in the file name and the address', async () => {
    const repo = tempRepo();
    const file = await createPost({ title: 'Kafka für Anfänger', description: 'Eine Einführung.' }, { cwd: repo, now });
    expect(file.repositoryPath).toBe('content/blog/kafka-für-anfänger.md');
    expect(file.id).toBe('kafka-für-anfänger');
    expect(existsSync(join(repo, 'content/blog/kafka-für-anfänger.md'))).toBe(true);
  });

  test('refuses to overwrite and leaves the existing file byte-identical', async () => {
    const repo = tempRepo();
    const existing = join(repo, 'content/blog/existing-post.md');
    const before = readFileSync(existing);
    await expect(createPost({ title: 'Existing Post', description: 'Would replace it.' }, { cwd: repo, now })).rejects.toThrow(
      new FileExistsError('content/blog/existing-post.md already exists; nothing was written. Pick another title or edit that file.'),
    );
    expect(readFileSync(existing).equals(before)).toBe(true);
  });

  test('refuses a title whose address another file already has', async () => {
    const repo = tempRepo();
    await expect(createPost({ title: 'Release notes', description: 'Same URL as "Release Notes.md".' }, { cwd: repo, now })).rejects.toThrow(
      /content\/blog\/Release Notes\.md already has the address "release-notes"/,
    );
    expect(existsSync(join(repo, 'content/blog/release-notes.md'))).toBe(false);
  });

  test('validates before writing: an empty description writes nothing', async () => {
    const repo = tempRepo();
    const attempt = createPost({ title: 'No description', description: '   ' }, { cwd: repo, now });
    await expect(attempt).rejects.toBeInstanceOf(FrontmatterInvalidError);
    await expect(attempt).rejects.toThrow(/`description`/);
    expect(existsSync(join(repo, 'content/blog/no-description.md'))).toBe(false);
  });

  test('a title with nothing to slug asks for --slug, and --slug names the file', async () => {
    const repo = tempRepo();
    expect(() => planPost({ title: '🎉🎉', description: 'Party.' }, { cwd: repo, now })).toThrow(/pass one with --slug/);
    const file = await createPost({ title: '🎉🎉', description: 'Party.', slug: 'party' }, { cwd: repo, now });
    expect(file.repositoryPath).toBe('content/blog/party.md');
    expect(frontmatterOf(file.path)).toMatchObject({ title: '🎉🎉' });
  });

  test('outside a repository the error names the missing config file', () => {
    expect(() => planPost({ title: 'x', description: 'y' }, { cwd: '/', now })).toThrow(/No pressroom\.config\.json found/);
  });
});

describe('createDoc', () => {
  test('writes a docs page in a new folder, titled from its path, valid for Starlight', async () => {
    const repo = tempRepo();
    const file = await createDoc({ path: 'reference/cli-options', description: 'Every flag of the CLI.' }, { cwd: repo, now });
    expect(file.repositoryPath).toBe('content/docs/reference/cli-options.md');
    const frontmatter = frontmatterOf(file.path);
    expect(frontmatter).toEqual({ title: 'Cli options', description: 'Every flag of the CLI.' });
    expect(validateFrontmatter(docsPageSchema(), frontmatter).success).toBe(true);
  });

  test('an explicit title wins over the path', async () => {
    const repo = tempRepo();
    const file = await createDoc({ path: 'guides/Deploy to Pages', title: 'Deploy to GitHub Pages' }, { cwd: repo, now });
    expect(file.repositoryPath).toBe('content/docs/guides/deploy-to-pages.md');
    expect(frontmatterOf(file.path)).toEqual({ title: 'Deploy to GitHub Pages' });
  });

  test('refuses to overwrite an existing page', async () => {
    const repo = tempRepo();
    const existing = join(repo, 'content/docs/guides/deploy.md');
    const before = readFileSync(existing);
    await expect(createDoc({ path: 'Guides/Deploy' }, { cwd: repo, now })).rejects.toBeInstanceOf(FileExistsError);
    expect(readFileSync(existing).equals(before)).toBe(true);
  });
});
