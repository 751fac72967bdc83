// Writes the docs site's rule reference from the rule headers: `pnpm --filter @pressroom/check rules-doc`.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { headingPunctuation } from '@pressroom/remark-preset-lint';
import { loadSiteConfig } from '@pressroom/site-config';
import { generateRuleReference, readRuleDocs, rules, styleRuleIds } from '../dist/index.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const { rootDir } = loadSiteConfig(packageDir);
const target = `${rootDir}/content/docs/reference/rules`;
const pages = generateRuleReference({
  rules,
  docs: readRuleDocs(packageDir, rules),
  styleRuleIds: styleRuleIds(),
  headingPunctuation,
});
// The folder holds the generated pages alone: a page of a family that is gone goes too.
rmSync(target, { recursive: true, force: true });
mkdirSync(target, { recursive: true });
for (const page of pages) writeFileSync(`${target}/${page.path}`, page.markdown);
console.log(`wrote ${pages.length} pages to ${target}`);
