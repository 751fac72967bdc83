import { absoluteUrl, createRoutes, type SiteConfig } from '@pressroom/site-config';
import { styleRuleIds } from './style.js';

/** The rule reference is generated from the rule headers: an index page, and a page per family of rules. */
export const ruleReferencePageId = 'reference/rules';

/** The page of the rule reference each family of rules is documented on. */
export const rulePages = { input: 'input', frontmatter: 'frontmatter', spelling: 'spelling', link: 'links', security: 'security', translation: 'translation', directive: 'directive', style: 'style' } as const;

let styleIds: Set<string> | undefined;

/**
 * The page of the rule reference that documents a rule: remark-lint's ids are the style rules'
 * (`link-title-style` among them), the others start with their family (`link-missing-file` →
 * `links`), and the internal error is on the index page (`''`).
 */
export function ruleReferencePage(ruleId: string): string {
  if (ruleId === 'pressroom-internal') return '';
  styleIds ??= new Set(styleRuleIds());
  if (styleIds.has(ruleId)) return rulePages.style;
  if (ruleId === 'spelling') return rulePages.spelling;
  const family = /^(input|frontmatter|link|security|translation|directive)-/.exec(ruleId)?.[1] as keyof typeof rulePages | undefined;
  return rulePages[family ?? 'style'];
}

/** The rule reference as the Pressroom repository holds it, for repositories without their own docs site. */
const publishedRuleReference = 'https://github.com/pressroom-dev/pressroom/blob/main/content/docs/reference/rules';

/**
 * The URL of a rule's entry in the rule reference, its heading on its family's page: on the
 * repository's docs site, or, in a repository without `pressroom.config.json` (`layout.source`
 * `detected`), in Pressroom's own.
 */
export function ruleUrl(config: SiteConfig, ruleId: string, layout?: { source: 'config' | 'detected' }): string {
  const page = ruleReferencePage(ruleId);
  if (layout?.source === 'detected') return `${publishedRuleReference}/${page === '' ? 'index' : page}.md#${ruleId}`;
  const pageId = page === '' ? ruleReferencePageId : `${ruleReferencePageId}/${page}`;
  return `${absoluteUrl(config, 'docs', createRoutes(config).docsPage(pageId))}#${ruleId}`;
}
