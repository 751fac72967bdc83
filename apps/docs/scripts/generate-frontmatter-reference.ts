// Writes content/docs/reference/frontmatter.md from the content schemas; runs before every docs build.
import { readFileSync, writeFileSync } from 'node:fs';
import { loadSiteConfig } from '@pressroom/site-config';
import { renderFrontmatterReference } from './frontmatter-reference.ts';

const { rootDir, config } = loadSiteConfig();
const target = `${rootDir}/${config.sites.docs.contentDir}/reference/frontmatter.md`;
const page = renderFrontmatterReference();
let current: string | undefined;
try {
  current = readFileSync(target, 'utf8');
} catch {
  current = undefined;
}
if (current !== page) {
  writeFileSync(target, page);
  console.log(`frontmatter reference: wrote ${target}`);
}
