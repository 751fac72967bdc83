import type { SiteName } from './schema.js';

/**
 * The extensions of content files: the checks read every such file under a content folder. Each
 * site publishes some of them as pages (`publishedExtensions`); the checks report the others.
 */
export const contentExtensions = ['md', 'mdx', 'markdown'] as const;

/** Matches a path that ends in a content extension (any case). */
export const contentExtensionPattern = new RegExp(`\\.(?:${contentExtensions.join('|')})$`, 'i');

/** The glob of the content files under a content folder, `_`-prefixed ones included. */
export function contentGlob(): string {
  return `**/*.{${contentExtensions.join(',')}}`;
}

/** The id of the blog layout's main element, which its skip link points at. */
export const blogMainContentId = 'main-content';

/** The id Starlight gives the top of every docs page (its "Overview" link points at it). */
export const docsTopId = '_top';

/** Ids every page of a site has besides those of its content, so a link may point at them. */
export const pageIds: Record<SiteName, readonly string[]> = { blog: [blogMainContentId], docs: [docsTopId] };

/** The id of a year's section on the blog's archive page. */
export function archiveYearId(year: number): string {
  return `year-${year}`;
}

/** The id of a month's heading on the blog's archive page (`month` from 1 to 12). */
export function archiveMonthId(year: number, month: number): string {
  return `month-${year}-${String(month).padStart(2, '0')}`;
}

/**
 * The ids of the archive page for posts published at `dates`: the page groups posts by the UTC
 * year and month of their publication.
 */
export function archiveIds(dates: Iterable<Date>): Set<string> {
  const ids = new Set<string>();
  for (const date of dates) {
    const year = date.getUTCFullYear();
    ids.add(archiveYearId(year)).add(archiveMonthId(year, date.getUTCMonth() + 1));
  }
  return ids;
}
