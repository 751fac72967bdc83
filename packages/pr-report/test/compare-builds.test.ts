import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { compareBuilds, listBuiltFiles, servedPath, visibleWords } from '../src/compare-builds.js';
import { Normaliser } from '../src/normalise.js';

const builds = join(import.meta.dirname, 'fixtures', 'builds');
const site = (pair: string, side: 'base' | 'head', basePath = '/') => ({ dist: join(builds, pair, side), basePath });

describe('servedPath', () => {
  test.each([
    ['index.html', '/', '/'],
    ['posts/a/index.html', '/', '/posts/a/'],
    ['404.html', '/', '/404.html'],
    ['rss.xml', '/', '/rss.xml'],
    ['guides/index.html', '/docs/', '/docs/guides/'],
    ['index.html', '/docs/', '/docs/'],
  ])('%s under %s is served at %s', (file, base, path) => {
    expect(servedPath(file, base)).toBe(path);
  });
});

describe('listBuiltFiles', () => {
  test('lists pages and feeds, not assets, search indexes or sitemaps', () => {
    expect(listBuiltFiles(site('unchanged', 'base')).map((entry) => `${entry.kind} ${entry.path}`)).toEqual([
      'page /guides/intro/',
      'page /',
      'page /posts/first/',
      'feed /rss.xml',
    ]);
  });
});

describe('compareBuilds', () => {
  test('two builds of the same content compare equal: asset hashes, generator and build dates are noise', () => {
    // The pair differs byte for byte: every page names other asset files and another generator.
    const raw = (side: 'base' | 'head') => readFileSync(join(builds, 'unchanged', side, 'index.html'), 'utf8');
    expect(raw('base')).not.toBe(raw('head'));
    expect(readFileSync(join(builds, 'unchanged', 'base', 'rss.xml'), 'utf8')).not.toBe(readFileSync(join(builds, 'unchanged', 'head', 'rss.xml'), 'utf8'));

    const comparison = compareBuilds(site('unchanged', 'base'), site('unchanged', 'head'));
    expect(comparison.differences).toEqual([]);
    expect(comparison.unchanged).toBe(4);
  });

  test('a changed stylesheet changes every page that loads it, and only those', () => {
    const comparison = compareBuilds(site('changed', 'base'), site('changed', 'head'));
    // The guides load another stylesheet, whose hash alone changed: only their text counts.
    expect(comparison.differences.map((entry) => `${entry.status} ${entry.path}`)).toEqual([
      'changed /',
      'changed /guides/intro/',
      'added /guides/new/',
      'removed /guides/old/',
      'changed /posts/first/',
      'changed /posts/second/',
    ]);
    expect(comparison.unchanged).toBe(1);
  });

  test('measures a change of text in words and a change of markup in tags', () => {
    const { differences } = compareBuilds(site('changed', 'base'), site('changed', 'head'));
    const byPath = new Map(differences.map((entry) => [entry.path, entry]));
    // "An introduction to the guides." → "A short introduction to the guides, rewritten."
    expect(byPath.get('/guides/intro/')).toMatchObject({
      // Out: "An", "guides."; in: "A", "short", "guides,", "rewritten."
      words: 6,
      tags: 0,
      excerpt: { removed: 'An', added: 'A short' },
    });
    // Only the stylesheet link changed: one tag out, one in.
    expect(byPath.get('/posts/first/')).toMatchObject({ words: 0, tags: 2 });
    expect(byPath.get('/posts/first/')?.excerpt).toBeUndefined();
    expect(byPath.get('/guides/new/')).toMatchObject({ status: 'added', excerpt: { added: 'New guide New guide This guide is new.' } });
  });

  test('keeps the base path in the served paths', () => {
    const { differences } = compareBuilds(site('changed', 'base', '/docs/'), site('changed', 'head', '/docs/'));
    expect(differences.map((entry) => entry.path)).toContain('/docs/guides/intro/');
  });

  test('a missing base build counts every page as added', () => {
    const comparison = compareBuilds({ dist: join(builds, 'no-such-build') }, site('changed', 'head'));
    expect(comparison.differences.every((entry) => entry.status === 'added')).toBe(true);
    expect(comparison.differences).toHaveLength(6);
  });
});

describe('Normaliser', () => {
  test('a hashed reference becomes the content fingerprint of the asset it names', () => {
    const base = new Normaliser(join(builds, 'unchanged', 'base'));
    const head = new Normaliser(join(builds, 'unchanged', 'head'));
    const baseLink = base.normalise('<link href="/_astro/Layout.CFnAcMF0.css">');
    expect(baseLink).toBe(head.normalise('<link href="/_astro/Layout.Q2xT9pLm.css">'));
    expect(baseLink).toMatch(/^<link href="\/_astro\/Layout\.[0-9a-f]{12}\.css">$/);
    // A script importing a chunk by its hashed name compares by the chunk's name, not its hash.
    expect(base.normalise('<script src="/_astro/page.cNngjUgL.js">')).toBe(head.normalise('<script src="/_astro/page.Zk81mWq0.js">'));
  });

  test('assets with other content keep other fingerprints', () => {
    const base = new Normaliser(join(builds, 'changed', 'base'));
    const head = new Normaliser(join(builds, 'changed', 'head'));
    expect(base.normalise('/_astro/Layout.CFnAcMF0.css')).not.toBe(head.normalise('/_astro/Layout.W9e3Rt5Y.css'));
  });

  test('removes extra noise patterns it is given', () => {
    const normaliser = new Normaliser(join(builds, 'unchanged', 'base'), { noise: [/<p class="built">[^<]*<\/p>/g] });
    expect(normaliser.normalise('<main><p class="built">Built 12:04</p></main>')).toBe('<main></main>');
  });
});

describe('visibleWords', () => {
  test('reads the title and the body, not scripts or styles', () => {
    expect(visibleWords('<html><head><title>A page</title><style>p{}</style></head><body><p>Some <b>text</b></p><script>var x</script></body></html>')).toEqual([
      'A',
      'page',
      'Some',
      'text',
    ]);
  });
});
