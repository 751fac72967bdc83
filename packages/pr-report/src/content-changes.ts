import type { FileRecord } from '@pressroom/check';
import {
  contentPagePath,
  createRoutes,
  isPublished,
  locateContentFile,
  locateSiteUrl,
  markdownLinkUrl,
  type SiteConfig,
  type SiteName,
} from '@pressroom/site-config';
import type { ChangedPath } from './git.js';

/** A page of one of the sites, by its served path (base path included). */
export interface SitePage {
  site: SiteName;
  path: string;
}

/** A content file the change touched, and its page in the base and the head. */
export interface ContentChange {
  file: string;
  status: ChangedPath['status'];
  /** Its page in the base build (absent when the file was new or not published). */
  before?: SitePage;
  /** Its page in the head build (absent when the file was removed or is not published). */
  after?: SitePage;
}

/** A page the change did not edit whose output still depends on an edited file. */
export interface DependentPage extends SitePage {
  /** Why, worded for the report: "lists content/blog/a.md". */
  reasons: string[];
}

/** A link in a page the change did not edit, to a page or heading it did. */
export interface LinkIntoChange extends SitePage {
  /** The linking file. */
  file: string;
  line: number;
  column: number;
  url: string;
  /** The edited content file the link lands on. */
  target: string;
  /** `false` when the page or the heading is gone in the head. */
  resolves: boolean;
}

export interface ContentAnalysis {
  changes: ContentChange[];
  dependents: DependentPage[];
  links: LinkIntoChange[];
}

const pageKey = (page: SitePage) => `${page.site}\0${page.path}`;

interface PageFacts {
  record: FileRecord;
  published: boolean;
  title: string | undefined;
  tags: string[];
}

function factsOf(config: SiteConfig, record: FileRecord, now: Date): PageFacts {
  const data = record.facts.frontmatter?.data ?? {};
  const title = typeof data.title === 'string' ? data.title : undefined;
  const tags = Array.isArray(data.tags) ? data.tags.filter((tag): tag is string => typeof tag === 'string') : [];
  let published = true;
  if (record.site === 'blog') {
    const date = new Date(String(data.pubDatetime ?? ''));
    published = !Number.isNaN(date.getTime()) && isPublished({ draft: data.draft === true, pubDatetime: date }, now, config.sites.blog.scheduledPostMarginMinutes);
  } else if (data.draft === true) {
    published = false;
  }
  return { record, published, title, tags };
}

/** What of a docs page the sidebar and the neighbours' previous/next links show. */
function sidebarFacts(record: FileRecord): string {
  const data = record.facts.frontmatter?.data ?? {};
  return JSON.stringify([data.title, data.sidebar, data.draft]);
}

/** The page a link points at, as a site path, and its fragment. */
function linkTarget(
  config: SiteConfig,
  from: FileRecord,
  fromPath: string,
  url: string,
  frontmatterOf: (path: string) => Record<string, unknown> | undefined,
): (SitePage & { hash: string }) | undefined {
  if (!from.site) return undefined;
  const markdown = markdownLinkUrl(config, from.relativePath, url, frontmatterOf);
  const written = markdown ?? url;
  if (written.startsWith('#') || written === '') return undefined;
  let parsed: URL;
  try {
    parsed = /^[a-z][a-z\d+.-]*:/i.test(written) ? new URL(written) : new URL(written, `https://site.invalid${fromPath}`);
  } catch {
    return undefined;
  }
  if (parsed.hostname === 'site.invalid') return { site: from.site, path: decodeURI(parsed.pathname), hash: decodeURIComponent(parsed.hash.slice(1)) };
  const located = locateSiteUrl(config, parsed);
  if (!located) return undefined;
  const base = config.sites[located.site].base.replace(/\/+$/, '');
  return { site: located.site, path: decodeURI(`${base}${located.path}`), hash: decodeURIComponent(parsed.hash.slice(1)) };
}

const withSlash = (path: string) => (path.endsWith('/') || /\.\w+$/.test(path) ? path : `${path}/`);

/**
 * Which pages a change to the content touches, from the content alone: each edited file's own
 * page; the blog's lists, tag pages, archive and feed for an edited post; every docs page for a
 * docs page whose title or sidebar entry changed (the sidebar is on every page); and the links in
 * other pages that land on an edited page.
 *
 * @param head every content file of the head, as the check read them
 * @param base the edited files as they were in the base (same reading)
 */
export function analyseContent(
  config: SiteConfig,
  changed: readonly ChangedPath[],
  head: readonly FileRecord[],
  base: readonly FileRecord[],
  now = new Date(),
): ContentAnalysis {
  const routes = createRoutes(config);
  const headByPath = new Map(head.map((record) => [record.relativePath, factsOf(config, record, now)]));
  const baseByPath = new Map(base.map((record) => [record.relativePath, factsOf(config, record, now)]));
  /** The page a content file is published at: a blog post's `slug` and folders decide it. */
  const pageOf = (facts: PageFacts | undefined): SitePage | undefined => {
    if (!facts?.published) return undefined;
    const location = locateContentFile(config, facts.record.relativePath, facts.record.facts.frontmatter?.data);
    return location ? { site: location.site, path: contentPagePath(config, location.site, location.pagePath) } : undefined;
  };
  const frontmatterOf = (path: string) => headByPath.get(path)?.record.facts.frontmatter?.data;

  const changes: ContentChange[] = [];
  const dependents = new Map<string, DependentPage>();
  const depend = (page: SitePage, reason: string) => {
    const entry = dependents.get(pageKey(page)) ?? { ...page, reasons: [] };
    if (!entry.reasons.includes(reason)) entry.reasons.push(reason);
    dependents.set(pageKey(page), entry);
  };
  const docsPages = [...headByPath.values()].filter((facts) => facts.record.site === 'docs').map(pageOf).filter((page): page is SitePage => Boolean(page));

  for (const entry of changed) {
    const inHead = entry.status === 'removed' ? undefined : entry.path;
    const inBase = entry.status === 'added' ? undefined : (entry.from ?? entry.path);
    const location = locateContentFile(config, inHead ?? inBase!);
    if (!location) continue;
    const after = inHead ? headByPath.get(inHead) : undefined;
    const before = inBase ? baseByPath.get(inBase) : undefined;
    const change: ContentChange = { file: entry.path, status: entry.status };
    const beforePage = pageOf(before);
    const afterPage = pageOf(after);
    if (beforePage) change.before = beforePage;
    if (afterPage) change.after = afterPage;
    changes.push(change);
    if (!beforePage && !afterPage) continue;

    if (location.site === 'blog') {
      const reason = `lists ${entry.path}`;
      for (const path of [routes.blogHome(), routes.blogPosts(), routes.blogArchives(), routes.blogRss()]) depend({ site: 'blog', path }, reason);
      const tags = new Set([...(beforePage ? (before?.tags ?? []) : []), ...(afterPage ? (after?.tags ?? []) : [])]);
      if (tags.size > 0) depend({ site: 'blog', path: routes.blogTags() }, reason);
      for (const tag of tags) depend({ site: 'blog', path: routes.blogTag(tag) }, reason);
    } else if (!before || !after || !beforePage || !afterPage || sidebarFacts(before.record) !== sidebarFacts(after.record)) {
      // A new, removed or retitled page changes the sidebar of every page.
      for (const page of docsPages) depend(page, `its sidebar lists ${entry.path}`);
    }
  }

  // The links of unedited pages that land on an edited page (or where one was).
  const editedByPage = new Map<string, ContentChange>();
  for (const change of changes) for (const page of [change.before, change.after]) if (page) editedByPage.set(pageKey(page), change);
  const edited = new Set(changes.map((change) => change.file));
  const links: LinkIntoChange[] = [];
  for (const facts of headByPath.values()) {
    const { record } = facts;
    const fromPage = pageOf(facts);
    if (edited.has(record.relativePath) || !fromPage || !record.readable) continue;
    for (const link of record.facts.links) {
      if (!link.navigates) continue;
      const target = linkTarget(config, record, fromPage.path, link.url, frontmatterOf);
      if (!target) continue;
      const change = editedByPage.get(pageKey({ site: target.site, path: withSlash(target.path) }));
      if (!change) continue;
      const targetFacts = change.after ? headByPath.get(change.file) : undefined;
      const resolves = Boolean(
        change.after && withSlash(target.path) === change.after.path && (target.hash === '' || targetFacts?.record.facts.anchors.ids.includes(target.hash)),
      );
      links.push({
        ...fromPage,
        file: record.relativePath,
        line: link.position.start.line,
        column: link.position.start.column,
        url: link.url,
        target: change.file,
        resolves,
      });
    }
  }

  // A page the change edited is reported as edited, not as depending on itself.
  const editedKeys = new Set(changes.flatMap((change) => [change.before, change.after].filter((page): page is SitePage => Boolean(page)).map(pageKey)));
  return {
    changes,
    dependents: [...dependents.values()].filter((page) => !editedKeys.has(pageKey(page))).sort((a, b) => pageKey(a).localeCompare(pageKey(b))),
    links: links.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column),
  };
}

