import { existsSync, statSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import {
  archiveIds,
  blogArchivesPath,
  blogFixedPaths,
  blogListingPaths,
  contentPagePath,
  isPublished,
  locateContentFile,
  pageIds,
  stripSiteBase,
  type SiteConfig,
  type SiteLocale,
  type SiteName,
} from '@pressroom/site-config';
import { imageProblem, imageStamp } from './image-files.js';
import { docsLocaleOf, splitDocsRoute } from './locales.js';
import type { AnchorHeading, FileFacts } from '../rule.js';
import { memoIn } from '../run/memo.js';

/** One content file as the link graph sees it. */
export interface GraphPage {
  site: SiteName;
  id: string;
  /** Posix path relative to the repository root. */
  relativePath: string;
  /** Path on its site, base included (`/posts/kafka/`). */
  sitePath: string;
  /** Path on its site without the base: the key the graph looks pages up by. */
  route: string;
  /** Docs pages: the locale whose folder holds the file (the default one on a site in one language). */
  locale: SiteLocale | undefined;
  /** The route below the locale's segment, the same for every translation of a page (`/guides/x/`). */
  localRoute: string;
  /** `draft` or `scheduled` when the built site leaves the page out. */
  unpublished: 'draft' | 'scheduled' | undefined;
  ids: Set<string>;
  headings: AnchorHeading[];
  tags: string[];
  /** Blog posts: the publication date, when valid. */
  pubDatetime: Date | undefined;
}

export interface LinkGraph {
  config: SiteConfig;
  rootDir: string;
  pagesByFile: Map<string, GraphPage>;
  /** Keyed by `site` then route (path without base). */
  pagesByRoute: Record<SiteName, Map<string, GraphPage>>;
  /** Pages of a site that are not content files (home, listings, tag pages, feeds), without base. */
  otherRoutes: Record<SiteName, Set<string>>;
  /** Ids every page of the site has besides its content's (the docs theme's `_top`). */
  pageIds: Record<SiteName, ReadonlySet<string>>;
  /** Ids of listing pages that come from the content (the archive's years and months), by route. */
  routeIds: Record<SiteName, Map<string, Set<string>>>;
  /** Where a site's static files are, relative to the repository root. */
  publicDirs: Record<SiteName, string>;
  /**
   * Without `pressroom.config.json`: the checked files no site publishes, by path, with their
   * anchors. Links from such files resolve relative to the file, as GitHub shows them.
   */
  plainFiles: Map<string, { ids: Set<string> }> | undefined;
  /** Memoised existence of files, by absolute path. */
  isFile(absolutePath: string): boolean;
  /** Whether a folder exists, inside the repository only. */
  isFolder(absolutePath: string): boolean;
  /** Every existence question asked so far, with its answer (what the answers depend on); folders end in `/`. */
  probes(): [string, boolean][];
  /** What is wrong with an image file the build imports, memoised by absolute path. */
  imageProblem(absolutePath: string): string | undefined;
  /** Every image whose content was judged, with its size and time of change (what the verdicts depend on). */
  imageStamps(): [string, string][];
  /** When the first scheduled post of the graph goes out (its findings change then), if any. */
  validUntil: Date | undefined;
  /** Memoises what every link of the run may share (candidate lists for suggestions). */
  memo<T>(key: string, create: () => T): T;
}

/** The page a static host serves for every missing URL. */
const notFoundPaths = ['/404.html'];

/** A content file handed to the graph with its facts (the run's `FileRecord` fits). */
export interface GraphInput {
  relativePath: string;
  facts: Pick<FileFacts, 'frontmatter' | 'anchors'>;
}

export interface LinkGraphOptions {
  config: SiteConfig;
  rootDir: string;
  /**
   * Every file the graph knows, with its facts: the run's own and the content files outside the
   * run, which the run reads for it. Files that are not content pages are left out.
   */
  files: readonly GraphInput[];
  /** The build time that decides which scheduled posts are out. */
  now?: Date;
  publicDirs?: Partial<Record<SiteName, string>>;
  /** Resolve links of files outside every site relative to the file (no `pressroom.config.json`). */
  plainFiles?: boolean;
}

function dateOf(raw: unknown): Date | undefined {
  const date = raw instanceof Date ? raw : typeof raw === 'string' ? new Date(raw) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

function publishingState(data: Record<string, unknown>, now: Date, marginMinutes: number): GraphPage['unpublished'] {
  if (data.draft === true) return 'draft';
  const pubDatetime = dateOf(data.pubDatetime);
  // A missing or invalid date is a frontmatter error, reported there; it does not hide the post here.
  if (!pubDatetime) return undefined;
  return isPublished({ pubDatetime }, now, marginMinutes) ? undefined : 'scheduled';
}

function stringList(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/**
 * One graph of both sites: every content page with its route, publishing state and anchors, the
 * listing pages the blog builds, and where static files live. Built once per run.
 */
export function buildLinkGraph(options: LinkGraphOptions): LinkGraph {
  const { config, rootDir, now = new Date() } = options;
  const given = new Map(options.files.map((file) => [file.relativePath, file.facts]));

  const pagesByFile = new Map<string, GraphPage>();
  const pagesByRoute: LinkGraph['pagesByRoute'] = { blog: new Map(), docs: new Map() };
  for (const relativePath of [...given.keys()].sort()) {
    if (!locateContentFile(config, relativePath)) continue;
    const facts = given.get(relativePath)!;
    // Broken YAML is the frontmatter rules' to report; links treat the file as having no fields.
    const data = facts.frontmatter?.data ?? {};
    // A post's `slug` is its id and address, as the blog's glob loader reads it.
    const location = locateContentFile(config, relativePath, data)!;
    // Read when a link points into the page: a `--changed` run parses only the pages it must.
    const pageFacts = facts;
    let ids: Set<string> | undefined;
    const sitePath = contentPagePath(config, location.site, location.pagePath);
    const route = stripSiteBase(config, location.site, sitePath) ?? sitePath;
    const page: GraphPage = {
      site: location.site,
      id: location.id,
      relativePath,
      sitePath,
      route,
      locale: location.site === 'docs' ? docsLocaleOf(config, relativePath) : undefined,
      localRoute: location.site === 'docs' ? splitDocsRoute(config, route).localRoute : route,
      // Starlight leaves a docs page with `draft: true` out of a production build, as the blog does a post.
      unpublished:
        location.site === 'blog'
          ? publishingState(data, now, config.sites.blog.scheduledPostMarginMinutes)
          : data.draft === true
            ? 'draft'
            : undefined,
      get ids() {
        ids ??= new Set(pageFacts.anchors.ids);
        return ids;
      },
      get headings() {
        return pageFacts.anchors.headings;
      },
      tags: location.site === 'blog' ? stringList(data.tags) : [],
      pubDatetime: location.site === 'blog' ? dateOf(data.pubDatetime) : undefined,
    };
    pagesByFile.set(relativePath, page);
    // Two files with one id is a frontmatter finding; the first one keeps the route, like the glob loader.
    if (!pagesByRoute[page.site].has(page.route)) pagesByRoute[page.site].set(page.route, page);
  }

  const publishedPosts = [...pagesByRoute.blog.values()].filter((page) => !page.unpublished);
  const otherRoutes: LinkGraph['otherRoutes'] = {
    blog: new Set([...blogFixedPaths, ...blogListingPaths(config, publishedPosts), ...notFoundPaths]),
    docs: new Set(notFoundPaths),
  };
  // The archive page has an id for each year and month a published post went out in.
  const archive = archiveIds(publishedPosts.flatMap((post) => (post.pubDatetime ? [post.pubDatetime] : [])));

  let plainFiles: LinkGraph['plainFiles'];
  if (options.plainFiles) {
    plainFiles = new Map();
    for (const [relativePath, facts] of given) {
      if (!pagesByFile.has(relativePath)) plainFiles.set(relativePath, { ids: new Set(facts.anchors.ids) });
    }
  }
  const fileCache = new Map<string, boolean>();
  const imageVerdicts = new Map<string, { problem: string | undefined; stamp: string }>();
  const margin = config.sites.blog.scheduledPostMarginMinutes * 60_000;
  const goesOut = [...pagesByFile.values()]
    .filter((page) => page.unpublished === 'scheduled' && page.pubDatetime)
    .map((page) => page.pubDatetime!.getTime() - margin);
  return {
    validUntil: goesOut.length > 0 ? new Date(goesOut.reduce((soonest, at) => Math.min(soonest, at))) : undefined,
    probes: () => [...fileCache],
    imageProblem(absolutePath) {
      let verdict = imageVerdicts.get(absolutePath);
      if (!verdict) imageVerdicts.set(absolutePath, (verdict = { stamp: imageStamp(absolutePath), problem: imageProblem(absolutePath) }));
      return verdict.problem;
    },
    imageStamps: () => [...imageVerdicts].map(([path, { stamp }]) => [path, stamp]),
    memo: memoIn(new Map()),
    config,
    rootDir,
    pagesByFile,
    pagesByRoute,
    otherRoutes,
    // The built-site test checks that each of these is on every page.
    pageIds: { blog: new Set(pageIds.blog), docs: new Set(pageIds.docs) },
    routeIds: { blog: new Map([[blogArchivesPath, archive]]), docs: new Map() },
    publicDirs: { blog: 'apps/blog/public', docs: 'apps/docs/public', ...options.publicDirs },
    plainFiles,
    isFile(absolutePath) {
      // Never look outside the repository: whether a file exists there is not the content's business.
      if (!isInside(rootDir, absolutePath)) return false;
      // A path ending in a separator names a folder; a probe of that form is a folder's (see `isFolder`).
      if (/[\\/]$/.test(absolutePath)) return false;
      let known = fileCache.get(absolutePath);
      if (known === undefined) {
        try {
          known = existsSync(absolutePath) && statSync(absolutePath).isFile();
        } catch {
          known = false;
        }
        fileCache.set(absolutePath, known);
      }
      return known;
    },
    isFolder(absolutePath) {
      if (!isInside(rootDir, absolutePath) && relative(rootDir, absolutePath) !== '') return false;
      const key = `${absolutePath.replace(/\/+$/, '')}/`;
      let known = fileCache.get(key);
      if (known === undefined) {
        try {
          known = statSync(absolutePath).isDirectory();
        } catch {
          known = false;
        }
        fileCache.set(key, known);
      }
      return known;
    },
  };
}

function isInside(root: string, path: string): boolean {
  const fromRoot = relative(root, path);
  return fromRoot !== '' && !fromRoot.startsWith('..') && !isAbsolute(fromRoot);
}
