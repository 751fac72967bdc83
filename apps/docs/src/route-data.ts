import { join } from 'node:path';
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { contentId, loadSiteConfig } from '@pressroom/site-config';
import { readLastCommitDates } from './last-updated.ts';

const { rootDir, config } = loadSiteConfig();
// Starlight's own lookup reads git history for src/content/docs only; the pages live in content/docs.
const lastCommitDateById = new Map(
  [...readLastCommitDates(join(rootDir, config.sites.docs.contentDir))].map(([path, date]) => [contentId(path), date]),
);

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const { lastUpdated } = route.entry.data;
  // A date or `false` in the frontmatter wins over git.
  if (lastUpdated instanceof Date || lastUpdated === false) return;
  route.lastUpdated = lastCommitDateById.get(route.entry.id);
});
