import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSiteConfig } from '@pressroom/site-config';

/** Writes a generated page into the docs' content folder, only when it changed (so an unchanged build touches nothing). */
export function writeGeneratedPage(pathInDocs: string, page: string, label: string): void {
  const { rootDir, config } = loadSiteConfig();
  const target = join(rootDir, config.sites.docs.contentDir, pathInDocs);
  let current: string | undefined;
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    current = undefined;
  }
  if (current !== page) {
    writeFileSync(target, page);
    console.log(`${label}: wrote ${target}`);
  }
}
