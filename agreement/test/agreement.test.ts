import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { check, loadConfig, sitePages, type CheckResult, type SitePage } from '@pressroom/check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, copyFixture, filesUnder, ownTitle, type SiteBuild } from '../src/harness.ts';

/**
 * Both sites built over one fixture of content cases, and the checks run over the same files: the
 * files the checks report as errors are exactly the files a build stops on or leaves out, and
 * every other file is published where the checks' link graph says, or deliberately not at all.
 */
const fixture = copyFixture('sites');
const sites = ['blog', 'docs'] as const;
let checked: CheckResult;
let pages: SitePage[];
const builds = {} as Record<(typeof sites)[number], SiteBuild>;

beforeAll(async () => {
  // The checks read the fixture before the builds delete the files they stop on.
  const config = loadConfig(fixture);
  checked = await check({ config, cwd: fixture });
  pages = sitePages(config);
  for (const site of sites) builds[site] = await buildSite(site, join(fixture, 'pressroom.config.json'));
});

afterAll(() => {
  rmSync(fixture, { recursive: true, force: true });
});

const contentFiles = () => sites.flatMap((site) => filesUnder(fixture, `content/${site}`).filter((path) => !/\.(png|svg)$/.test(path)));
const resultOf = (path: string) => checked.files.find((result) => result.file.relativePath === path);
const pageOf = (path: string) => pages.find((page) => page.relativePath === path);
const deliberatelyUnpublished = (path: string) => pageOf(path)?.unpublished !== undefined || path.split('/').at(-1)!.startsWith('_');
const errorsOf = (path: string) => resultOf(path)?.diagnostics.filter((diagnostic) => diagnostic.severity === 'error') ?? [];

/** How the build treated a file: stopped on it, published it (at a path), or left it out. */
function outcome(path: string): { kind: 'rejected'; reason: string } | { kind: 'published'; at: string[] } | { kind: 'absent' } {
  const site = path.startsWith('content/blog/') ? 'blog' : 'docs';
  const rejection = builds[site].rejected.find((entry) => entry.files.includes(path));
  if (rejection) return { kind: 'rejected', reason: rejection.reason };
  // A copy of the fixture as written: the builds deleted the files they stopped on from theirs.
  const title = ownTitle(join(import.meta.dirname, '../fixtures/sites', path));
  const at = [...builds[site].pages].filter(([, pageTitle]) => title !== undefined && pageTitle.startsWith(`${title} |`)).map(([page]) => page);
  return at.length > 0 ? { kind: 'published', at } : { kind: 'absent' };
}

describe('the checks and the builds agree', () => {
  test('the files the checks report as errors are the files a build stops on or leaves out', () => {
    const reported = contentFiles().filter((path) => errorsOf(path).length > 0);
    const refused = contentFiles().filter((path) => {
      const found = outcome(path);
      if (found.kind === 'rejected') return true;
      // Left out, and not on purpose (a draft, a scheduled post, a name starting with `_`): dropped in silence.
      return found.kind === 'absent' && !deliberatelyUnpublished(path);
    });
    const table = contentFiles().map((path) => ({ path, check: errorsOf(path).map((error) => error.ruleId).join(' '), build: outcome(path).kind }));
    expect(reported, JSON.stringify(table, null, 1)).toEqual(refused);
  });

  test('every file the checks pass is published where the link graph says, or not at all when it is unpublished', () => {
    for (const path of contentFiles()) {
      if (errorsOf(path).length > 0) continue;
      const page = pageOf(path);
      const found = outcome(path);
      if (page && page.unpublished === undefined) expect({ path, found }).toEqual({ path, found: { kind: 'published', at: [page.path] } });
      else expect({ path, found }).toEqual({ path, found: { kind: 'absent' } });
    }
  });

  test('every case the fixture names a defect is reported, and no other file', () => {
    for (const path of contentFiles()) {
      const title = ownTitle(join(import.meta.dirname, '../fixtures/sites', path)) ?? 'Defect';
      expect({ path, reported: errorsOf(path).length > 0 }).toEqual({ path, reported: title.startsWith('Defect') });
    }
  });

  test('each error is located and worded "Unexpected …, expected …"', () => {
    for (const path of contentFiles()) {
      for (const error of errorsOf(path)) {
        expect(error.line, `${path}: ${error.message}`).toBeGreaterThanOrEqual(1);
        expect(error.message, path).toMatch(/^(Unexpected|Missing) [^]*?, expected /);
      }
    }
  });
});

describe('an AstroPaper blog moves in unchanged', () => {
  // Where AstroPaper's getPath puts each post: folders not starting with `_`, then the id's last segment.
  const addresses: [string, string | undefined][] = [
    ['plain-post.md', '/posts/plain-post/'],
    ['file-name-differs.md', '/posts/chosen-address/'],
    ['_series/series-opening.md', '/posts/series-opening/'],
    ['_series/series-finale.md', '/posts/the-finale/'],
    ['notes/nested-note.md', '/posts/notes/nested-note/'],
    ['notes/renamed-note.md', '/posts/notes/short-note/'],
    ['zone-post.md', '/posts/zone-post/'],
    ['subtitled-post.md', '/posts/subtitled-post/'],
    ['covered-post.md', '/posts/covered-post/'],
    ['relative-cover.md', '/posts/relative-cover/'],
    ['reprinted-post.md', '/posts/reprinted-post/'],
    ['notes/draft-idea.md', undefined],
    ['scheduled-post.md', undefined],
    ['_private-notes.md', undefined],
  ];
  const page = (path: string) => readFileSync(join(builds.blog.outDir, path, 'index.html'), 'utf8');

  test.each(addresses)('content/blog/%s is at %s', (file, address) => {
    const path = `content/blog/${file}`;
    expect(outcome(path)).toEqual(address === undefined ? { kind: 'absent' } : { kind: 'published', at: [address] });
    expect(resultOf(path)?.diagnostics ?? []).toEqual([]);
  });

  test('a post without tags is under the default tag, and its edit link points at its file', () => {
    const html = page('posts/plain-post');
    expect(html).toContain('href="/tags/others/"');
    expect(html).toContain('href="https://github.com/pressroom-dev/agreement-fixture/edit/main/content/blog/plain-post.md"');
  });

  test("a post's timezone moves its date into that zone", () => {
    expect(page('posts/zone-post')).toMatch(/<time datetime="2022-06-09T20:42:51\.000Z">June 10, 2022<\/time>/);
  });

  test('a subtitle is shown under the title', () => {
    expect(page('posts/subtitled-post')).toMatch(/<h1[^>]*>A post with a subtitle<\/h1>\s*<p class="post-subtitle">A second line under the title<\/p>/);
  });

  test('images through the alias and relative paths are the processed files', () => {
    const html = page('posts/covered-post');
    expect(html).toMatch(/<meta property="og:image" content="https:\/\/blog\.agreement\.example\/_astro\/cover\.[\w-]+\.png">/);
    expect(html.match(/<img [^>]*src="\/_astro\/diagram\.[\w-]+\.webp"/g)).toHaveLength(2);
    expect(html.match(/<img [^>]*src="\/_astro\/beside\.[\w-]+\.webp"/g)).toHaveLength(2);
    expect(page('posts/relative-cover')).toMatch(/<meta property="og:image" content="[^"]*\/_astro\/cover\.[\w-]+\.png">/);
  });

  test('a reprinted post names its first address as canonical and hides its edit link', () => {
    const html = page('posts/reprinted-post');
    expect(html).toContain('<link rel="canonical" href="https://elsewhere.example/original-post/">');
    expect(html).not.toContain('Edit this post');
  });
});
