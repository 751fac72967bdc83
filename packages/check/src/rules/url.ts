import { absoluteUrl, createRoutes, type SiteConfig } from '@pressroom/site-config';

/** The rule reference page is generated from the rule headers; each rule is a heading on it. */
export const ruleReferencePageId = 'reference/rules';

/** The docs-site URL of a rule's entry in the rule reference. */
export function ruleUrl(config: SiteConfig, ruleId: string): string {
  return `${absoluteUrl(config, 'docs', createRoutes(config).docsPage(ruleReferencePageId))}#${ruleId}`;
}
