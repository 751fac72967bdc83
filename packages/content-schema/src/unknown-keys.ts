import { distance } from 'fastest-levenshtein';
import type { z } from 'zod';

export type ContentKind = 'blog' | 'docs';

/** The top-level keys a frontmatter schema reads. Anything else the site drops without a word. */
export function knownKeys(schema: z.ZodType): string[] {
  const shape = (schema as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

/**
 * Keys other generators and themes use for a field this one names differently: Hugo, Jekyll,
 * Astro's blog template, Docusaurus. Checked before spelling distance, which cannot see that
 * `date` means `pubDatetime`.
 */
const synonyms: Record<ContentKind, Record<string, string>> = {
  blog: {
    date: 'pubDatetime',
    pubdate: 'pubDatetime',
    publishdate: 'pubDatetime',
    publishedat: 'pubDatetime',
    publishdatetime: 'pubDatetime',
    created: 'pubDatetime',
    createdat: 'pubDatetime',
    datecreated: 'pubDatetime',
    updated: 'modDatetime',
    updateddate: 'modDatetime',
    updatedat: 'modDatetime',
    lastmod: 'modDatetime',
    lastmodified: 'modDatetime',
    modified: 'modDatetime',
    moddate: 'modDatetime',
    image: 'ogImage',
    cover: 'ogImage',
    coverimage: 'ogImage',
    heroimage: 'ogImage',
    featuredimage: 'ogImage',
    socialimage: 'ogImage',
    thumbnail: 'ogImage',
    categories: 'tags',
    category: 'tags',
    tag: 'tags',
    keywords: 'tags',
    summary: 'description',
    excerpt: 'description',
    desc: 'description',
    abstract: 'description',
    canonical: 'canonicalURL',
    authors: 'author',
    permalink: 'slug',
    url: 'slug',
    subheading: 'subtitle',
    tz: 'timezone',
    hideedit: 'hideEditPost',
  },
  docs: {
    date: 'lastUpdated',
    updated: 'lastUpdated',
    lastmod: 'lastUpdated',
    lastmodified: 'lastUpdated',
    modified: 'lastUpdated',
    summary: 'description',
    excerpt: 'description',
    desc: 'description',
    order: 'sidebar',
    weight: 'sidebar',
    sidebar_position: 'sidebar',
    sidebar_label: 'sidebar',
    layout: 'template',
    unlisted: 'draft',
  },
};

/** Keys one kind of file reads that the other does not, and why a suggestion is not a field. */
export interface KeySuggestion {
  /** The field the author most likely meant. */
  key: string;
  /** How to write it, when more than a rename is needed. */
  note?: string;
}

const sidebarNotes: Record<string, string> = {
  order: 'write it as `sidebar: { order: … }`',
  weight: 'write it as `sidebar: { order: … }`',
  sidebar_position: 'write it as `sidebar: { order: … }`',
  sidebar_label: 'write it as `sidebar: { label: … }`',
};

/**
 * The field an unknown key most likely stands for: a known synonym, the same name in another
 * case (`canonicalUrl`), or a near spelling (`descripton`). `undefined` when nothing is close.
 */
export function suggestKey(kind: ContentKind, key: string, known: readonly string[], value?: unknown): KeySuggestion | undefined {
  const lower = key.toLowerCase();
  // `published: false` (Jekyll) hides a post; `published: 2024-01-02` dates it.
  if (lower === 'published') return typeof value === 'boolean' ? { key: 'draft', note: `write \`draft: ${!value}\`` } : kind === 'blog' ? { key: 'pubDatetime' } : undefined;
  const synonym = synonyms[kind][lower] ?? synonyms[kind][lower.replaceAll(/[-_]/g, '')];
  if (synonym && known.includes(synonym)) {
    const note = kind === 'docs' ? sidebarNotes[lower] : undefined;
    return note ? { key: synonym, note } : { key: synonym };
  }
  const sameInAnotherCase = known.find((candidate) => candidate.toLowerCase() === lower);
  if (sameInAnotherCase) return { key: sameInAnotherCase };
  let best: { key: string; distance: number } | undefined;
  for (const candidate of known) {
    const found = distance(lower, candidate.toLowerCase());
    // A swap of two letters (`titel`) costs 2; short names allow one edit, so `lang` is not `tags`.
    const allowed = candidate.length <= 4 ? 1 : Math.max(2, Math.floor(candidate.length / 4));
    if (found <= allowed && (!best || found < best.distance)) best = { key: candidate, distance: found };
  }
  return best ? { key: best.key } : undefined;
}
