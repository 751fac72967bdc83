import { tagSlug } from '@pressroom/site-config';

export interface PostSummary {
  id: string;
  data: { title: string; pubDatetime: Date; tags: string[] };
}

export interface TagSummary {
  /** As first written in a post, newest first. */
  name: string;
  slug: string;
  count: number;
}

/** Every tag, once per slug (`Guide` and `guide` are one tag), most used first, then by name. */
export function collectTags(posts: readonly PostSummary[]): TagSummary[] {
  const tags = new Map<string, TagSummary>();
  for (const post of posts) {
    for (const slug of new Set(post.data.tags.map(tagSlug))) {
      const name = post.data.tags.find((tag) => tagSlug(tag) === slug)!;
      const tag = tags.get(slug) ?? { name, slug, count: 0 };
      tag.count += 1;
      tags.set(slug, tag);
    }
  }
  return [...tags.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

export function postsWithTag<T extends PostSummary>(posts: readonly T[], slug: string): T[] {
  return posts.filter((post) => post.data.tags.some((tag) => tagSlug(tag) === slug));
}

export interface ArchiveMonth<T> {
  /** 1–12. */
  month: number;
  posts: T[];
}

export interface ArchiveYear<T> {
  year: number;
  months: ArchiveMonth<T>[];
}

/** Posts by year and month of publication (UTC), newest first at every level. */
export function archive<T extends PostSummary>(posts: readonly T[]): ArchiveYear<T>[] {
  const sorted = [...posts].sort((a, b) => b.data.pubDatetime.getTime() - a.data.pubDatetime.getTime());
  const years: ArchiveYear<T>[] = [];
  for (const post of sorted) {
    const year = post.data.pubDatetime.getUTCFullYear();
    const month = post.data.pubDatetime.getUTCMonth() + 1;
    let yearGroup = years.at(-1);
    if (yearGroup?.year !== year) years.push((yearGroup = { year, months: [] }));
    let monthGroup = yearGroup.months.at(-1);
    if (monthGroup?.month !== month) yearGroup.months.push((monthGroup = { month, posts: [] }));
    monthGroup.posts.push(post);
  }
  return years;
}

/** The posts before and after one in a newest-first list: `older` and `newer`. */
export function neighbours<T extends { id: string }>(posts: readonly T[], id: string): { newer: T | undefined; older: T | undefined } {
  const index = posts.findIndex((post) => post.id === id);
  if (index === -1) return { newer: undefined, older: undefined };
  return { newer: posts[index - 1], older: posts[index + 1] };
}

export interface SeriesPart {
  id: string;
  data: { pubDatetime: Date; series?: string | undefined };
}

/**
 * The posts of a post's series, oldest first (the order they are read in), or none when it names
 * no series. Names are matched as tags are, so `Release notes` and `release notes` are one series.
 */
export function seriesParts<T extends SeriesPart>(posts: readonly T[], post: T): T[] {
  const name = post.data.series;
  if (name === undefined) return [];
  return posts
    .filter((other) => other.data.series !== undefined && tagSlug(other.data.series) === tagSlug(name))
    .sort((a, b) => a.data.pubDatetime.getTime() - b.data.pubDatetime.getTime());
}
