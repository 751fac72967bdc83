import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';

const urlAttributes = ['href', 'src', 'poster', 'cite'] as const;

/**
 * Rendered HTML with every `href`, `src`, `poster` and `cite` made absolute from `baseUrl`, and
 * `srcset` candidates too: a feed reader shows a post away from its site, where `/posts/x/` or
 * `/_astro/a.png` would lead nowhere.
 */
export function absoluteHtmlUrls(html: string, baseUrl: string): string {
  const tree: Root = fromHtml(html, { fragment: true });
  const absolute = (value: string) => {
    try {
      return new URL(value, baseUrl).href;
    } catch {
      return value;
    }
  };
  visit(tree, 'element', (node) => {
    for (const attribute of urlAttributes) {
      const value = node.properties[attribute];
      if (typeof value === 'string') node.properties[attribute] = absolute(value);
    }
    const srcset: unknown = node.properties['srcSet'];
    if (typeof srcset === 'string' || Array.isArray(srcset)) {
      const candidates = typeof srcset === 'string' ? srcset.split(/,\s+/) : srcset.map(String);
      node.properties['srcSet'] = candidates
        .map((candidate: string) => {
          const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
          return [absolute(url), ...descriptor].join(' ');
        })
        .join(', ');
    }
  });
  return toHtml(tree);
}
