// Writes the docs site's rule reference from the rule headers: `pnpm --filter @pressroom/check rules-doc`.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { headingPunctuation } from '@pressroom/remark-preset-lint';
import { loadSiteConfig } from '@pressroom/site-config';
import { generateRuleReference, readRuleDocs, rules, styleRuleIds } from '../dist/index.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const { rootDir } = loadSiteConfig(packageDir);
const target = `${rootDir}/content/docs/reference/rules.md`;
const markdown = generateRuleReference({
  rules,
  docs: readRuleDocs(packageDir, rules),
  styleRuleIds: styleRuleIds(),
  headingPunctuation,
});
writeFileSync(target, markdown);
console.log(`wrote ${target}`);
