import { loadSiteConfig } from '@pressroom/site-config';
import type { APIRoute } from 'astro';
import { pageTwin, publishedPages, textResponse } from '../machine-readable';

const { docs } = loadSiteConfig().config.sites;

/** Every docs page's Markdown twin in one file, in the order of their ids, after the site's own title. */
export const GET: APIRoute = async () => {
  const pages = (await publishedPages()).sort((a, b) => (a.id === 'index' ? -1 : b.id === 'index' ? 1 : a.id.localeCompare(b.id)));
  const twins = await Promise.all(pages.map((page) => pageTwin(page)));
  return textResponse([`# ${docs.title}\n\n> ${docs.description}\n`, ...twins.map((twin) => `${twin.trimEnd()}\n`)].join('\n'), 'text/plain');
};
