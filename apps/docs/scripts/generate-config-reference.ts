// Writes content/docs/reference/configuration.md from the config's zod schema; runs before every docs build.
import { readFileSync, writeFileSync } from 'node:fs';
import { loadSiteConfig } from '@pressroom/site-config';
import { renderConfigReference } from './config-reference.ts';

const { rootDir, config } = loadSiteConfig();
const target = `${rootDir}/${config.sites.docs.contentDir}/reference/configuration.md`;
const page = renderConfigReference();
let current: string | undefined;
try {
  current = readFileSync(target, 'utf8');
} catch {
  current = undefined;
}
if (current !== page) {
  writeFileSync(target, page);
  console.log(`configuration reference: wrote ${target}`);
}
