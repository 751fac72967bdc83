import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import rehypeExternalLinksBase from 'rehype-external-links';
import type { Plugin } from 'unified';

export interface ExternalLinksOptions {
  /** The sites' own public URLs: links to their hosts are internal and left untouched. */
  siteUrls: string[];
  /** Hidden text after an external link, read by screen readers. */
  label?: string;
}

/**
 * Marks links that leave the configured sites: `rel="noopener noreferrer"` and a marker, an
 * arrow for the eye and hidden text for screen readers. `target` is left alone, so the reader
 * decides where a link opens. Relative links and links to the sites' own hosts are internal.
 */
export const rehypeExternalLinks: Plugin<[ExternalLinksOptions], Root> = (options) => {
  const internalHosts = new Set((options?.siteUrls ?? []).map((url) => parseSiteUrl(url).host));
  const label = options?.label ?? '(external link)';
  // Relative links and other protocols are sorted out by rehype-external-links; this only
  // tells the sites' own hosts apart from the rest of the web.
  const isOffSite = (element: Element): boolean => {
    const href = element.properties.href;
    if (typeof href !== 'string') return false;
    try {
      return !internalHosts.has(new URL(href, 'https://relative.invalid/').host);
    } catch {
      return false;
    }
  };
  return rehypeExternalLinksBase({
    rel: ['noopener', 'noreferrer'],
    test: isOffSite,
    protocols: ['http', 'https'],
    contentProperties: { className: ['external-link-marker'] },
    content: [h('span', { ariaHidden: 'true' }, '↗'), h('span', { className: ['sr-only'] }, ` ${label}`)],
  });
};

function parseSiteUrl(url: string): URL {
  try {
    return new URL(url);
  } catch {
    throw new TypeError(`rehypeExternalLinks: siteUrls must hold absolute URLs, got ${JSON.stringify(url)}`);
  }
}
