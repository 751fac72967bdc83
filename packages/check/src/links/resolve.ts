import { dirname, join, posix } from 'node:path';
import { isMarkdownPath, locateSiteUrl, siteLocales, stripSiteBase, type SiteName } from '@pressroom/site-config';
import type { LinkKind } from '../rule.js';
import type { GraphPage, LinkGraph } from './graph.js';
import { docsRouteIn, splitDocsRoute } from './locales.js';
import { relativeFilePath, resolvePlainLink, resolveRepositoryFile } from './plain.js';
import type { Fallback, Resolution } from './resolution.js';

export type { Fallback, Resolution } from './resolution.js';

export interface LinkSource {
  /** The linking file, posix, relative to the repository root. */
  relativePath: string;
  /** The linking file's page, when it is published by a site. */
  page: GraphPage | undefined;
  /** The site of a linking page that is no content file (a listing page), for site-root links. */
  site?: SiteName;
  /**
   * The ids of a linking file outside both sites' content folders (a README): such a file is plain
   * Markdown, whose relative links are read as GitHub reads them, to files and folders.
   */
  plainIds?: ReadonlySet<string>;
}

const scheme = /^([a-z][a-z\d+.-]*):/i;

interface SplitUrl {
  path: string;
  query: string;
  /** Without `#`, still encoded; `undefined` when there is no `#`. */
  hash: string | undefined;
}

function splitUrl(url: string): SplitUrl {
  const hashIndex = url.indexOf('#');
  const beforeHash = hashIndex === -1 ? url : url.slice(0, hashIndex);
  const queryIndex = beforeHash.indexOf('?');
  return {
    path: queryIndex === -1 ? beforeHash : beforeHash.slice(0, queryIndex),
    query: queryIndex === -1 ? '' : beforeHash.slice(queryIndex),
    hash: hashIndex === -1 ? undefined : url.slice(hashIndex + 1),
  };
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** An anchor on a page: `#top` and an empty fragment always work (browsers scroll to the top). */
function checkAnchor(graph: LinkGraph, page: GraphPage, hash: string | undefined): Resolution {
  if (hash === undefined || hash === '') return { status: 'ok', page };
  const anchor = decode(hash);
  if (anchor.toLowerCase() === 'top' || page.ids.has(anchor) || graph.pageIds[page.site].has(anchor)) {
    return { status: 'ok', page };
  }
  return { status: 'missing-anchor', page, anchor, where: page.relativePath, candidates: () => [...page.ids] };
}

function landOnPage(graph: LinkGraph, page: GraphPage, hash: string | undefined, fallback?: Fallback): Resolution {
  if (page.unpublished) return { status: 'unpublished', page, reason: page.unpublished };
  const landed = checkAnchor(graph, page, hash);
  return fallback && (landed.status === 'ok' || landed.status === 'missing-anchor') ? { ...landed, fallback } : landed;
}

/**
 * The page a route of a site serves: its own, or for a docs route into a locale that has not
 * translated the page, the default locale's page, which Starlight serves there (its anchors too).
 */
function pageAt(graph: LinkGraph, site: SiteName, route: string): { page: GraphPage; fallback?: Fallback } | undefined {
  const page = graph.pagesByRoute[site].get(route);
  if (page || site !== 'docs') return page && { page };
  const { locale, localRoute } = splitDocsRoute(graph.config, route);
  // Starlight serves a fallback at the locale's own route of the page only: not at `/fr`, which
  // splits as the locale's home (`/`) but is the home's address without its trailing slash.
  if (!locale || locale.isDefault || docsRouteIn(locale, localRoute) !== route) return undefined;
  const defaultLocale = graph.memo('locales:default', () => siteLocales(graph.config.sites.docs)[0]!);
  const source = graph.pagesByRoute.docs.get(docsRouteIn(defaultLocale, localRoute));
  // A draft is left out of every locale, its fallbacks too.
  return source && !source.unpublished ? { page: source, fallback: { locale, route } } : undefined;
}

function siteRoutes(graph: LinkGraph, site: SiteName): string[] {
  const pages = [...graph.pagesByRoute[site].values()].filter((page) => !page.unpublished).map((page) => page.route);
  return [...pages, ...graph.otherRoutes[site]];
}

/** The path on the site as written in a link, base included. */
function withBase(graph: LinkGraph, site: SiteName, route: string): string {
  return `${graph.config.sites[site].base.replace(/\/$/, '')}${route}`;
}

/**
 * A path on one of the sites (base removed, still encoded), as a browser would ask for it:
 * content pages, listing pages and files in the app's `public/` folder.
 */
function resolveSitePath(
  graph: LinkGraph,
  site: SiteName,
  encodedRoute: string,
  query: string,
  hash: string | undefined,
  display: (route: string) => string,
  /** Names `display` for the memo of candidate lists (every link of a run shares them). */
  displayKey: string,
): Resolution {
  const route = decode(encodedRoute);
  const target = pageAt(graph, site, route);
  const served = (candidate: string) => {
    const candidatePage = pageAt(graph, site, candidate)?.page;
    return (candidatePage !== undefined && !candidatePage.unpublished) || graph.otherRoutes[site].has(candidate);
  };
  const fragment = hash === undefined ? '' : `#${hash}`;

  if (query !== '') {
    // A static site serves the same page whatever the query; a query in a content link is a
    // leftover (tracking, a dev server's parameter) that hides the real target.
    return { status: 'unserved-form', problem: `the query string \`${query}\``, expected: `${display(route)}${fragment}` };
  }
  if (/\.html$/i.test(route)) {
    const directory = route.replace(/index\.html$/i, '').replace(/\.html$/i, '/');
    if (served(directory)) {
      return { status: 'unserved-form', problem: 'the `.html` form', expected: `${display(directory)}${fragment}` };
    }
  }
  if (target) return landOnPage(graph, target.page, hash, target.fallback);
  if (graph.otherRoutes[site].has(route)) {
    const anchor = decode(hash ?? '');
    const ids = graph.routeIds[site].get(route) ?? new Set<string>();
    if (anchor === '' || anchor.toLowerCase() === 'top' || graph.pageIds[site].has(anchor) || ids.has(anchor)) return { status: 'ok' };
    return { status: 'missing-anchor', page: undefined, anchor, where: display(route), candidates: () => [...ids] };
  }
  if (graph.isFile(join(graph.rootDir, graph.publicDirs[site], route))) return { status: 'ok' };
  if (!route.endsWith('/') && served(`${route}/`)) {
    return { status: 'unserved-form', problem: 'a missing trailing slash', expected: `${display(`${route}/`)}${fragment}` };
  }
  return {
    status: 'missing-file',
    target: display(route),
    candidates: () => graph.memo(`routes:${site}:${displayKey}`, () => siteRoutes(graph, site).map(display)),
  };
}

/** Every published content file as written from `from`'s folder: one list per folder and run. */
function publishedFilesFrom(graph: LinkGraph, from: string): string[] {
  return graph.memo(`files-from:${posix.dirname(from)}`, () =>
    [...graph.pagesByFile.values()].filter((candidate) => !candidate.unpublished).map((candidate) => relativeFilePath(from, candidate.relativePath)),
  );
}

/**
 * A relative link of a plain Markdown file, as GitHub follows it: to a file or a folder of the
 * repository. A page of a site is a file there too, whether the site publishes it or not; its
 * headings are still checked.
 */
function plainFileLink(graph: LinkGraph, source: LinkSource, path: string, hash: string | undefined, targetRelative: string): Resolution {
  return resolveRepositoryFile(
    graph,
    targetRelative,
    path,
    hash,
    (target) => {
      const page = graph.pagesByFile.get(target);
      return page && ((fragment) => checkAnchor(graph, page, fragment));
    },
    () => publishedFilesFrom(graph, source.relativePath),
  );
}

/**
 * Resolves one link of a content file across both sites: relative file links, links relative to
 * the page URL, site-root links, absolute URLs of either site, anchors and static files.
 */
export function resolveLink(graph: LinkGraph, source: LinkSource, url: string, kind: LinkKind): Resolution {
  const raw = url.trim();
  const { path, query, hash } = splitUrl(raw);
  const fromSite = source.page?.site ?? source.site;

  if (graph.plainFiles && fromSite === undefined && !scheme.test(raw) && !raw.startsWith('//')) {
    if (leavesRepository(raw, path, source.relativePath)) return outsideRepository(path);
    return resolvePlainLink(graph, source.relativePath, { path, query, hash }, kind);
  }

  if (raw === '' || (path === '' && query === '')) {
    if (hash === undefined || hash === '') return { status: 'ok', page: source.page };
    if (source.plainIds) {
      const anchor = decode(hash);
      return source.plainIds.has(anchor) ? { status: 'ok' } : { status: 'missing-anchor', page: undefined, anchor, where: source.relativePath, candidates: () => [...source.plainIds!] };
    }
    if (!source.page) {
      const anchor = decode(hash);
      const known = graph.pagesByFile.get(source.relativePath);
      return known?.ids.has(anchor)
        ? { status: 'ok' }
        : { status: 'missing-anchor', page: undefined, anchor, where: source.relativePath, candidates: () => [] };
    }
    return checkAnchor(graph, source.page, hash);
  }

  // Decided from the text alone, before any scheme is skipped or any file is looked at, so the
  // answer is the same whether the target exists on this machine or not.
  if (leavesRepository(raw, path, source.relativePath)) return outsideRepository(path);

  const schemeMatch = scheme.exec(raw);
  if (schemeMatch || raw.startsWith('//')) {
    const protocol = schemeMatch?.[1]?.toLowerCase() ?? 'https';
    if (protocol !== 'http' && protocol !== 'https') return { status: 'skipped' };
    let parsed: URL;
    try {
      parsed = new URL(raw.startsWith('//') ? `https:${raw}` : raw);
    } catch {
      return { status: 'missing-file', target: raw, reason: 'it is not a valid URL', candidates: () => [] };
    }
    const location = locateSiteUrl(graph.config, parsed);
    if (!location) return { status: 'external', url: parsed.href };
    const origin = parsed.origin;
    const site = location.site;
    return resolveSitePath(graph, site, location.path, query, hash, (route) => `${origin}${withBase(graph, site, route)}`, `origin:${origin}`);
  }

  if (raw.startsWith('/')) {
    // A site-root link is served by the site that publishes the linking file.
    const site = fromSite ?? 'docs';
    const route = stripSiteBase(graph.config, site, path);
    if (route === undefined) {
      return {
        status: 'missing-file',
        target: path,
        reason: `it is outside the ${site} site's base path \`${graph.config.sites[site].base}\``,
        candidates: () => graph.memo(`routes:${site}:base`, () => siteRoutes(graph, site).map((candidate) => withBase(graph, site, candidate))),
      };
    }
    return resolveSitePath(graph, site, route, query, hash, (candidate) => withBase(graph, site, candidate), 'base');
  }

  // A relative link: to a file in the repository (how it reads on GitHub), or to a page URL.
  const filePath = decode(path);
  const absoluteTarget = join(graph.rootDir, dirname(source.relativePath), filePath);
  const targetRelative = posix.normalize(posix.join(posix.dirname(source.relativePath), filePath.replaceAll('\\', '/')));
  if (source.plainIds) return plainFileLink(graph, source, path, hash, targetRelative);
  if (isMarkdownPath(filePath)) {
    const page = graph.pagesByFile.get(targetRelative);
    if (page) {
      if (query !== '') {
        return { status: 'unserved-form', problem: `the query string \`${query}\``, expected: `${path}${hash === undefined ? '' : `#${hash}`}` };
      }
      return landOnPage(graph, page, hash);
    }
    const exists = graph.isFile(absoluteTarget);
    return {
      status: 'missing-file',
      target: path,
      reason: exists ? 'the file is not published by either site' : undefined,
      candidates: () => publishedFilesFrom(graph, source.relativePath),
    };
  }
  if (graph.isFile(absoluteTarget)) {
    // Images next to the content are bundled by the sites' image pipeline; other files are not copied.
    if (kind === 'image') return { status: 'ok' };
    const site = fromSite ?? 'blog';
    return {
      status: 'missing-file',
      target: path,
      reason: `the site publishes only images next to the content; move the file to \`${graph.publicDirs[site]}/\` and link it from the site root`,
      candidates: () => [],
    };
  }
  if (source.page) {
    // Relative to the page URL, as a browser resolves it on the built site.
    const site = source.page.site;
    const resolved = new URL(raw, `https://site.invalid${source.page.sitePath}`);
    const route = stripSiteBase(graph.config, site, resolved.pathname);
    if (route !== undefined) {
      const result = resolveSitePath(graph, site, route, query, hash, (candidate) => withBase(graph, site, candidate), 'base');
      if (result.status !== 'missing-file') return result;
    }
  }
  return {
    status: 'missing-file',
    target: path,
    candidates: () => {
      if (kind === 'image') return [];
      return publishedFilesFrom(graph, source.relativePath);
    },
  };
}

const windowsDrivePath = /^[a-z]:[\\/]/i;

/**
 * A link to a file outside the repository root: a `file:` URL, a Windows drive path, or a
 * relative path (also percent-encoded, with backslashes) that climbs above the root.
 */
function leavesRepository(raw: string, path: string, from: string): boolean {
  if (/^file:/i.test(raw) || windowsDrivePath.test(raw) || windowsDrivePath.test(decode(path))) return true;
  if (scheme.test(raw) || raw.startsWith('//') || raw.startsWith('/')) return false;
  const target = posix.normalize(posix.join(posix.dirname(from), decode(path).replaceAll('\\', '/')));
  return target === '..' || target.startsWith('../');
}

/** One answer for every path outside the root, never based on what is there. */
function outsideRepository(path: string): Resolution {
  return { status: 'missing-file', target: path, reason: 'it points outside the repository, which the sites never publish', candidates: () => [] };
}
