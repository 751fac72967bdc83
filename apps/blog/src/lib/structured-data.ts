/**
 * schema.org JSON-LD for a post page: the post as a `BlogPosting` and its place in the site as a
 * `BreadcrumbList`, the two types search engines read from a blog post. Pure data in, data out.
 */

export interface PostFacts {
  /** Absolute URL of the post's page. */
  url: string;
  title: string;
  description: string;
  /** Absolute URL of the share image. */
  image: string;
  author: string;
  published: Date;
  modified?: Date | null | undefined;
  tags: string[];
  readingMinutes?: number | undefined;
}

export interface SiteFacts {
  name: string;
  /** Absolute URL of the blog's home page. */
  url: string;
  /** Absolute URL of the logo. */
  logo: string;
}

export interface Crumb {
  name: string;
  /** Absolute URL. */
  url: string;
}

export function blogPosting(post: PostFacts, site: SiteFacts): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    '@id': `${post.url}#post`,
    mainEntityOfPage: { '@type': 'WebPage', '@id': post.url },
    url: post.url,
    headline: post.title,
    description: post.description,
    image: [post.image],
    datePublished: post.published.toISOString(),
    // Search engines read dateModified as "last changed": a post never edited last changed when published.
    dateModified: (post.modified && post.modified > post.published ? post.modified : post.published).toISOString(),
    author: [{ '@type': 'Person', name: post.author }],
    publisher: { '@type': 'Organization', name: site.name, url: site.url, logo: { '@type': 'ImageObject', url: site.logo } },
    isPartOf: { '@type': 'Blog', '@id': site.url, name: site.name },
    inLanguage: 'en',
    ...(post.tags.length > 0 && { keywords: post.tags.join(', ') }),
    ...(post.readingMinutes !== undefined && { timeRequired: `PT${post.readingMinutes}M` }),
  };
}

export function breadcrumbList(crumbs: Crumb[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({ '@type': 'ListItem', position: index + 1, name: crumb.name, item: crumb.url })),
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the element. */
export const jsonLd = (data: unknown) => JSON.stringify(data).replaceAll('<', '\\u003c');
