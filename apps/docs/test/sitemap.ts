/** The sitemap `@astrojs/sitemap` writes, read back: each page's URL and its `hreflang` alternates. */
import { XMLParser } from 'fast-xml-parser';

export interface SitemapEntry {
  url: string;
  /** The page's alternates, by `hreflang`: itself and its translations. */
  alternates: Record<string, string>;
}

interface XmlLink {
  rel: string;
  hreflang: string;
  href: string;
}

export function parseSitemap(xml: string): SitemapEntry[] {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'url' || name === 'xhtml:link' });
  const { urlset } = parser.parse(xml) as { urlset: { url: { loc: string; 'xhtml:link'?: XmlLink[] }[] } };
  return urlset.url.map((entry) => ({
    url: entry.loc,
    alternates: Object.fromEntries((entry['xhtml:link'] ?? []).filter((link) => link.rel === 'alternate').map((link) => [link.hreflang, link.href])),
  }));
}
