import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import {
  absoluteUrl,
  contentId,
  createRoutes,
  editUrl,
  loadSiteConfig,
  parseSiteConfig,
  SiteConfigError,
  tagSlug,
} from '../src/index.js';

const repoConfig = readFileSync(new URL('../../../pressroom.config.json', import.meta.url), 'utf8');
const temporaryDirs: string[] = [];
afterEach(() => {
  for (const dir of temporaryDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('loadSiteConfig', () => {
  test("finds the repository's config from a nested folder", () => {
    const root = mkdtempSync(join(tmpdir(), 'pressroom-config-'));
    temporaryDirs.push(root);
    writeFileSync(join(root, 'pressroom.config.json'), repoConfig);
    mkdirSync(join(root, 'apps', 'blog'), { recursive: true });
    const loaded = loadSiteConfig(join(root, 'apps', 'blog'));
    expect(loaded.rootDir).toBe(root);
    expect(loaded.config.sites.blog.contentDir).toBe('content/blog');
  });

  test('takes the file PRESSROOM_CONFIG names over the nearest one', () => {
    const root = mkdtempSync(join(tmpdir(), 'pressroom-named-'));
    temporaryDirs.push(root);
    const named = JSON.parse(repoConfig);
    named.sites.blog.contentDir = 'elsewhere/posts';
    writeFileSync(join(root, 'fixture.json'), JSON.stringify(named));
    process.env.PRESSROOM_CONFIG = join(root, 'fixture.json');
    try {
      const loaded = loadSiteConfig();
      expect(loaded.rootDir).toBe(root);
      expect(loaded.config.sites.blog.contentDir).toBe('elsewhere/posts');
      // A folder given explicitly is searched from, as before.
      expect(loadSiteConfig(new URL('.', import.meta.url).pathname).config.sites.blog.contentDir).toBe('content/blog');
      process.env.PRESSROOM_CONFIG = join(root, 'missing.json');
      expect(() => loadSiteConfig()).toThrow(/Unexpected PRESSROOM_CONFIG=.*missing\.json: ENOENT, expected the path of a pressroom\.config\.json/);
    } finally {
      delete process.env.PRESSROOM_CONFIG;
    }
  });

  test('says where it looked when there is no config', () => {
    const root = mkdtempSync(join(tmpdir(), 'pressroom-none-'));
    temporaryDirs.push(root);
    expect(() => loadSiteConfig(root)).toThrow(/No pressroom\.config\.json found/);
  });

  test('names every invalid field', () => {
    const broken = JSON.parse(repoConfig);
    broken.sites.blog.url = 'not a url';
    broken.sites.docs.base = 'docs';
    try {
      parseSiteConfig(JSON.stringify(broken));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SiteConfigError);
      expect((error as Error).message).toMatch(/sites\.blog\.url/);
      expect((error as Error).message).toMatch(/sites\.docs\.base: Expected a path that starts and ends with "\/"/);
    }
  });

  test('fills in the frontmatter settings and the time zone', () => {
    const config = parseSiteConfig(repoConfig);
    expect(config.sites.blog.frontmatter).toEqual({ unknownKeys: 'warning', allowedKeys: [] });
    expect(config.sites.docs.frontmatter).toEqual({ unknownKeys: 'warning', allowedKeys: [] });
    expect(config.sites.blog.timezone).toBe('UTC');
    expect(config.aliases).toEqual({});
  });

  test('rejects a time zone Intl does not know', () => {
    const broken = JSON.parse(repoConfig);
    broken.sites.blog.timezone = 'Mars/Olympus';
    expect(() => parseSiteConfig(JSON.stringify(broken))).toThrow(/sites\.blog\.timezone: Expected an IANA time zone name/);
  });

  test('reports invalid JSON as such', () => {
    expect(() => parseSiteConfig('{ "author": ', 'x.json')).toThrow(/x\.json: not valid JSON/);
  });
});

describe('routes', () => {
  const config = parseSiteConfig(repoConfig);

  test.each([
    ['what-why-when-where-kafka.md', 'what-why-when-where-kafka'],
    ['Guides/My First Post.md', 'guides/my-first-post'],
    ['start\\index.mdx', 'start/index'],
    ['./notes/C++ & Rust.md', 'notes/c--rust'],
  ])('contentId(%j) is %j', (path, id) => {
    expect(contentId(path)).toBe(id);
  });

  test('blog and docs routes follow the configured base paths', () => {
    const routes = createRoutes({ ...config, sites: { ...config.sites, docs: { ...config.sites.docs, base: '/docs/' } } });
    expect(routes.blogPost('what-why-when-where-kafka')).toBe('/posts/what-why-when-where-kafka/');
    expect(routes.blogTag('Concept Introduction')).toBe('/tags/concept-introduction/');
    expect(routes.blogTag('Guide', 2)).toBe('/tags/guide/2/');
    expect(routes.docsPage('index')).toBe('/docs/');
    expect(routes.docsPage('guides/index')).toBe('/docs/guides/');
    expect(routes.docsPage('reference/frontmatter')).toBe('/docs/reference/frontmatter/');
  });

  test('tag slugs ignore case and surrounding spaces', () => {
    expect(tagSlug(' Concept Introduction ')).toBe(tagSlug('concept introduction'));
  });

  test('absolute and edit URLs', () => {
    expect(absoluteUrl(config, 'docs', '/reference/frontmatter/')).toBe(`${config.sites.docs.url}/reference/frontmatter/`);
    expect(editUrl(config, 'content/blog/a.md')).toBe(`${config.repository.url}/edit/main/content/blog/a.md`);
  });
});
