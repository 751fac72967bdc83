/**
 * The built sites are the truth: this test reads `apps/blog/dist` and `apps/docs/dist` (the test
 * command builds both first), crawls every internal link of every page, and checks that the link
 * checks agree with what was built, over the real content, both ways.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentPagePath, loadSiteConfig, locateSiteUrl, markdownLinkUrl, siteNames, stripSiteBase, type SiteName } from '@pressroom/site-config';
import type { Element, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, test } from 'vitest';
import { collectFacts } from '../../src/input/facts.js';
import { otherContentFiles } from '../../src/run/files.js';
import { buildLinkGraph, type GraphPage, type LinkGraph } from '../../src/links/graph.js';
import { resolveLink } from '../../src/links/resolve.js';
import { createContentFile } from '../../src/input/parse.js';
import { decodeSource } from '../../src/input/read.js';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const { config } = loadSiteConfig(repoRoot);
const distDirs: Record<SiteName, string> = { blog: join(repoRoot, 'apps/blog/dist'), docs: join(repoRoot, 'apps/docs/dist') };

interface BuiltLink {
  /** The attribute value as written in the HTML. */
  value: string;
  attribute: 'href' | 'src';
  tagName: string;
  rel: string[];
}

interface BuiltPage {
  site: SiteName;
  /** Absolute URL of the page. */
  url: string;
  ids: Set<string>;
  links: BuiltLink[];
}

/** Built pages by absolute URL, and every built file by site and path (base included). */
interface BuiltSites {
  pages: Map<string, BuiltPage>;
  files: Record<SiteName, Set<string>>;
}

function siteUrl(site: SiteName, path: string): string {
  return new URL(path, `${config.sites[site].url}/`).href;
}

function readBuiltSites(): BuiltSites {
  const pages = new Map<string, BuiltPage>();
  const files: BuiltSites['files'] = { blog: new Set(), docs: new Set() };
  for (const site of siteNames) {
    const dist = distDirs[site];
    if (!existsSync(join(dist, 'index.html'))) {
      throw new Error(`${dist} has no index.html: build both sites first (\`pnpm test\` does, or \`pnpm build\`).`);
    }
    const base = config.sites[site].base.replace(/\/$/, '');
    for (const entry of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
      const relativePath = entry.replaceAll('\\', '/');
      if (!statSync(join(dist, relativePath)).isFile()) continue;
      files[site].add(`${base}/${relativePath}`);
      if (!relativePath.endsWith('.html')) continue;
      const pagePath = `${base}/${relativePath.replace(/(?:^|\/)index\.html$/, (match) => (match.startsWith('/') ? '/' : ''))}`;
      const tree: HastRoot = fromHtml(readFileSync(join(dist, relativePath), 'utf8'));
      const ids = new Set<string>();
      const links: BuiltLink[] = [];
      visit(tree, 'element', (node: Element) => {
        const { id, name, href, src, rel } = node.properties;
        if (typeof id === 'string') ids.add(id);
        if (node.tagName === 'a' && typeof name === 'string') ids.add(name);
        const rels = Array.isArray(rel) ? rel.map(String) : [];
        if (typeof href === 'string') links.push({ value: href, attribute: 'href', tagName: node.tagName, rel: rels });
        if (typeof src === 'string') links.push({ value: src, attribute: 'src', tagName: node.tagName, rel: rels });
      });
      pages.set(siteUrl(site, pagePath), { site, url: siteUrl(site, pagePath), ids, links });
    }
  }
  return { pages, files };
}

/** What a strict static file server does with a URL of one of the sites. */
function builtVerdict(built: BuiltSites, url: URL): { ok: boolean; reason: string } {
  const location = locateSiteUrl(config, url);
  if (!location) return { ok: false, reason: 'not a URL of either site' };
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return { ok: false, reason: 'undecodable path' };
  }
  const file = path.endsWith('/') ? `${path}index.html` : path;
  if (!built.files[location.site].has(file)) return { ok: false, reason: `no file ${file} in the ${location.site} build` };
  const hash = decodeURIComponent(url.hash.slice(1));
  if (hash === '' || hash.toLowerCase() === 'top' || !file.endsWith('.html')) return { ok: true, reason: 'served' };
  const page = built.pages.get(new URL(path.endsWith('/') ? path : path.replace(/index\.html$/, ''), url).href);
  if (!page) return { ok: false, reason: `no page for ${file}` };
  return page.ids.has(hash) ? { ok: true, reason: 'served' } : { ok: false, reason: `no id "${hash}" on ${page.url}` };
}

/**
 * Links a reader follows or a page loads, as absolute URLs. Preconnect hints are not requests for
 * a page, and the canonical URL of the not-found page names the URL it was built for (`/404/`),
 * which no reader follows: a host serves that page for every missing URL.
 */
function requestedUrls(page: BuiltPage): { url: URL; link: BuiltLink }[] {
  const urls: { url: URL; link: BuiltLink }[] = [];
  for (const link of page.links) {
    if (link.rel.some((rel) => rel === 'preconnect' || rel === 'dns-prefetch')) continue;
    if (page.url.endsWith('/404.html') && link.rel.includes('canonical')) continue;
    let url: URL;
    try {
      url = new URL(link.value, page.url);
    } catch {
      continue;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
    urls.push({ url, link });
  }
  return urls;
}

function isInternal(url: URL): boolean {
  return locateSiteUrl(config, url) !== undefined;
}

let built: BuiltSites;
let graph: LinkGraph;

beforeAll(() => {
  built = readBuiltSites();
  graph = buildLinkGraph({ config, rootDir: repoRoot, files: otherContentFiles(config, repoRoot, []) });
});

/** The links of a content page as the checks collect them: parsed and walked as the engine does. */
function linksOfPage(page: GraphPage) {
  const path = join(repoRoot, page.relativePath);
  const file = createContentFile({ path, relativePath: page.relativePath, site: page.site, id: page.id }, decodeSource(readFileSync(path)));
  return collectFacts(file).links;
}

/** The checks' verdict on an absolute URL of the sites, as if written in a page of `site`. */
function checksAccept(url: string, site: SiteName): boolean {
  return resolveLink(graph, { relativePath: '(built page)', page: undefined, site }, url, 'link').status === 'ok';
}

describe('the built sites', () => {
  test('were read: every published content page is built, no unpublished one is', () => {
    for (const page of graph.pagesByFile.values()) {
      const url = siteUrl(page.site, page.sitePath);
      expect(built.pages.has(url), `${page.relativePath} → ${url}`).toBe(page.unpublished === undefined);
    }
  });

  test('every internal href and src resolves to a built file, and every #anchor to an id on its page', () => {
    const failures: string[] = [];
    let checked = 0;
    for (const page of built.pages.values()) {
      for (const { url, link } of requestedUrls(page)) {
        if (!isInternal(url)) continue;
        checked++;
        const verdict = builtVerdict(built, url);
        if (!verdict.ok) failures.push(`${page.url}: <${link.tagName} ${link.attribute}="${link.value}"> ${verdict.reason}`);
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });

  test('the ids every page gets from its layout are on every page of its site', () => {
    for (const page of built.pages.values()) {
      if (page.url.endsWith('/404.html')) continue;
      for (const id of graph.pageIds[page.site]) expect(page.ids.has(id), `${id} on ${page.url}`).toBe(true);
    }
  });
});

describe('the checks agree with the built sites', () => {
  test('on every page link of every built page (the checks accept exactly what is served)', () => {
    const disagreements: string[] = [];
    const seen = new Set<string>();
    for (const page of built.pages.values()) {
      for (const { url, link } of requestedUrls(page)) {
        if (!isInternal(url) || link.tagName !== 'a' || seen.has(url.href)) continue;
        seen.add(url.href);
        const served = builtVerdict(built, url).ok;
        if (checksAccept(url.href, page.site) !== served) disagreements.push(`${url.href}: built ${served ? 'serves' : 'does not serve'} it`);
      }
    }
    expect(disagreements).toEqual([]);
    expect(seen.size).toBeGreaterThan(20);
  });

  test('on broken variants of those links: a typo, a missing slash, a wrong anchor (no false negative)', () => {
    const disagreements: string[] = [];
    let variants = 0;
    const targets = new Set<string>();
    for (const page of built.pages.values()) {
      for (const { url, link } of requestedUrls(page)) {
        if (isInternal(url) && link.tagName === 'a' && url.pathname.endsWith('/')) targets.add(new URL(url.pathname, url).href);
      }
    }
    for (const target of targets) {
      const url = new URL(target);
      const site = locateSiteUrl(config, url)!.site;
      const broken = [`${target}#no-such-heading`];
      if (url.pathname !== '/') {
        broken.push(target.replace(/\/$/, ''), target.replace(/\/$/, '-typo/'));
      }
      for (const variant of broken) {
        variants++;
        const served = builtVerdict(built, new URL(variant)).ok;
        const accepted = checksAccept(variant, site);
        if (served || accepted) disagreements.push(`${variant}: built ${served ? 'serves' : 'does not serve'} it, checks ${accepted ? 'accept' : 'reject'} it`);
      }
    }
    expect(disagreements).toEqual([]);
    expect(variants).toBeGreaterThan(30);
  });

  test('on every Markdown link in content/: rendered as the checks expect, and served exactly when accepted', () => {
    const disagreements: string[] = [];
    let compared = 0;
    for (const page of graph.pagesByFile.values()) {
      if (page.unpublished) continue;
      const pageUrl = siteUrl(page.site, page.sitePath);
      const builtPage = built.pages.get(pageUrl)!;
      const hrefs = new Set(builtPage.links.filter((link) => link.attribute === 'href').map((link) => link.value));
      for (const link of linksOfPage(page)) {
        const resolution = resolveLink(graph, { relativePath: page.relativePath, page }, link.url, link.kind);
        if (resolution.status === 'external' || resolution.status === 'skipped') continue;
        // Images next to the content are rewritten to hashed files by the image pipeline: their check is the checks' own.
        if (link.kind === 'image' && !link.url.startsWith('/') && !/^[a-z]+:/i.test(link.url)) continue;
        const rendered = link.kind === 'html' ? link.url : (markdownLinkUrl(config, page.relativePath, link.url) ?? link.url);
        const where = `${page.relativePath}:${link.position.start.line}:${link.position.start.column} ${link.url}`;
        if (link.navigates && !hrefs.has(rendered) && !hrefs.has(encodeURI(rendered))) {
          disagreements.push(`${where}: the built page has no link to ${rendered}`);
          continue;
        }
        compared++;
        const served = builtVerdict(built, new URL(rendered, pageUrl)).ok;
        const accepted = resolution.status === 'ok';
        // A query string is served (the page ignores it) but flagged as a leftover: a finding of form, not of target.
        if (resolution.status === 'unserved-form' && resolution.problem.startsWith('the query string')) continue;
        if (served !== accepted) disagreements.push(`${where}: built ${served ? 'serves' : 'does not serve'} it, checks say ${resolution.status}`);
      }
    }
    expect(disagreements).toEqual([]);
    expect(compared).toBeGreaterThan(5);
  });

  test('every anchor the checks know on a content page is an id of the built page', () => {
    const missing: string[] = [];
    for (const page of graph.pagesByFile.values()) {
      if (page.unpublished) continue;
      const builtPage = built.pages.get(siteUrl(page.site, page.sitePath))!;
      for (const id of page.ids) if (!builtPage.ids.has(id)) missing.push(`${page.relativePath}#${id}`);
      // And each heading the content has is built with the id the checks give it, in order.
      const builtIds = [...builtPage.ids];
      const order = page.headings.map((heading) => builtIds.indexOf(heading.slug));
      expect(order, page.relativePath).toEqual([...order].sort((a, b) => a - b));
    }
    expect(missing).toEqual([]);
  });
});

test('a content path maps to the URL the build gives it (one route table)', () => {
  const kafka = graph.pagesByFile.get('content/blog/what-why-when-where-kafka.md');
  expect(kafka && contentPagePath(config, kafka.site, kafka.id)).toBe('/posts/what-why-when-where-kafka/');
  expect(stripSiteBase(config, 'docs', contentPagePath(config, 'docs', 'guides/writing-a-post'))).toBe('/guides/writing-a-post/');
});
