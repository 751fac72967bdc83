/**
 * A locale's home without its trailing slash (`/fr`): Starlight serves the home at `/fr/` only,
 * its translation or, for a locale that has none, the default home as a fallback. `/fr` splits as
 * the locale's home route (`/`), and was once taken for that fallback.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSiteConfig } from '@pressroom/site-config';
import { beforeAll, expect, test } from 'vitest';
import { buildLinkGraph, type LinkGraph } from '../../src/links/graph.js';
import { resolveLink, type Resolution } from '../../src/links/resolve.js';
import { otherContentFiles } from '../../src/run/files.js';
import { repoRoot } from '../helpers/config.js';

/** The multilingual fixture (French, Brazilian Portuguese and Arabic homes), and German with no page at all. */
const rootDir = fileURLToPath(new URL('../fixtures/starlight-i18n/', import.meta.url));
const manifest = JSON.parse(readFileSync(join(rootDir, 'manifest.json'), 'utf8')) as { docs: { locales: Record<string, unknown> } };
const json = JSON.parse(readFileSync(join(repoRoot, 'pressroom.config.json'), 'utf8'));
json.sites.docs = { ...json.sites.docs, contentDir: 'docs', base: '/', locales: { ...manifest.docs.locales, de: { label: 'Deutsch' } } };
const config = parseSiteConfig(JSON.stringify(json));
let graph: LinkGraph;

beforeAll(() => {
  graph = buildLinkGraph({ config, rootDir, files: otherContentFiles(config, rootDir, []) });
});

function resolve(from: string, url: string): Resolution {
  return resolveLink(graph, { relativePath: from, page: graph.pagesByFile.get(from) }, url, 'link');
}

const from = 'docs/guides/setup.md';

test('a locale home with its slash lands on the translation, or on the default home as the fallback', () => {
  expect(resolve(from, '/fr/')).toMatchObject({ status: 'ok', page: { relativePath: 'docs/fr/index.md' } });
  const german = resolve(from, '/de/');
  expect(german).toMatchObject({ status: 'ok', page: { relativePath: 'docs/index.md' }, fallback: { route: '/de/', locale: { key: 'de' } } });
});

test.each(['/fr', '/de', '/pt-br', '/ar'])('%s, without its slash, is an address the site does not serve', (url) => {
  expect(resolve(from, url)).toEqual({ status: 'unserved-form', problem: 'a missing trailing slash', expected: `${url}/` });
});

test('a missing slash keeps its anchor in the address it names', () => {
  expect(resolve(from, '/de#top')).toEqual({ status: 'unserved-form', problem: 'a missing trailing slash', expected: '/de/#top' });
});

test('a page of a locale without its slash is unserved too, not a fallback', () => {
  expect(resolve(from, '/de/guides/setup')).toEqual({ status: 'unserved-form', problem: 'a missing trailing slash', expected: '/de/guides/setup/' });
  expect(resolve(from, '/de/guides/setup/')).toMatchObject({ status: 'ok', fallback: { route: '/de/guides/setup/' } });
});
