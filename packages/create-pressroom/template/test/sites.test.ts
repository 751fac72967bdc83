/**
 * The repository's own tests: the content passes the check, and the built sites carry the names
 * and addresses of pressroom.config.json. `pnpm test` builds both sites first.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const root = join(import.meta.dirname, '..');
const config = JSON.parse(readFileSync(join(root, 'pressroom.config.json'), 'utf8')) as {
  sites: Record<'blog' | 'docs', { title: string; url: string; base?: string }>;
};

const read = (file: string) => readFileSync(join(root, file), 'utf8');
const decode = (text: string) =>
  text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&amp;', '&');
const titleOf = (html: string) => decode(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '');
const canonicalOf = (html: string) => decode(/<link rel="canonical" href="([^"]*)"/.exec(html)?.[1] ?? '');
const home = (site: 'blog' | 'docs') => `${config.sites[site].url.replace(/\/+$/, '')}${config.sites[site].base ?? '/'}`;

test('pressroom check passes on the content', () => {
  const run = spawnSync(process.execPath, [join(root, 'node_modules/@pressroom/check/bin/pressroom.js'), 'check'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  expect(run.stdout + run.stderr).toMatch(/files checked/);
  expect(run.status, run.stdout + run.stderr).toBe(0);
});

test("the blog's home page, feed and first post carry its title and address", () => {
  const { title } = config.sites.blog;
  const page = read('apps/blog/dist/index.html');
  expect(titleOf(page)).toContain(title);
  expect(canonicalOf(page)).toBe(home('blog'));
  const feed = read('apps/blog/dist/rss.xml');
  expect(decode(feed)).toContain(`<title>${title}</title>`);
  expect(feed).toContain(`${home('blog')}posts/hello-world/`);
});

test("the docs' home page and getting-started page carry its title and address", () => {
  const { title } = config.sites.docs;
  const page = read('apps/docs/dist/index.html');
  expect(titleOf(page)).toContain(title);
  expect(canonicalOf(page)).toBe(home('docs'));
  expect(canonicalOf(read('apps/docs/dist/start/getting-started/index.html'))).toBe(`${home('docs')}start/getting-started/`);
});
