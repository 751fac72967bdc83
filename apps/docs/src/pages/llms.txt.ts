import { join } from 'node:path';
import { llmsTxtEntry } from '@pressroom/markdown';
import { loadSiteConfig, localizedPath, siteLocales } from '@pressroom/site-config';
import type { APIRoute } from 'astro';
import { docsUrl, homePath, pageLocale, publishedPages, textResponse, twinPath, type DocsPage } from '../machine-readable';
import { docsPageId } from '../page-id';
import { docsSections, sidebarGroup } from '../sidebar';

const { rootDir, config } = loadSiteConfig();
const docs = config.sites.docs;

const entry = (page: DocsPage) => llmsTxtEntry(page.data.title, docsUrl(twinPath(page)), page.data.description);

/**
 * The docs' index for language models, in the llms.txt format (llmstxt.org): every page's
 * Markdown twin, in the sidebar's sections and order; then each other locale's translations, one
 * section a language; pages in no section come last.
 */
export const GET: APIRoute = async () => {
  const [defaultLocale, ...otherLocales] = siteLocales(docs);
  const pages = new Map((await publishedPages()).map((page) => [page.id, page]));
  const homeId = docsPageId(localizedPath(defaultLocale!, 'index'));
  const home = pages.get(homeId);
  pages.delete(homeId);
  const sections: string[] = [];
  for (const { directory, label } of docsSections) {
    const items = sidebarGroup(join(rootDir, docs.contentDir), directory, label, defaultLocale!.prefix)
      .items.map(({ slug }) => pages.get(localizedPath(defaultLocale!, slug)))
      .filter((page) => page !== undefined);
    for (const page of items) pages.delete(page.id);
    if (items.length > 0) sections.push(`## ${label}`, '', ...items.map(entry), '');
  }
  for (const locale of otherLocales) {
    const translated = [...pages.values()].filter((page) => pageLocale(page).key === locale.key).sort((a, b) => a.id.localeCompare(b.id));
    for (const page of translated) pages.delete(page.id);
    if (translated.length > 0) sections.push(`## ${locale.label} (${locale.lang})`, '', ...translated.map(entry), '');
  }
  const rest = [...pages.values()].sort((a, b) => a.id.localeCompare(b.id));
  if (rest.length > 0) sections.push('## Optional', '', ...rest.map(entry), '');
  const lines = [
    `# ${docs.title}`,
    '',
    `> ${docs.description}`,
    '',
    `Each page below links to its Markdown source; ${docsUrl(`${homePath}llms-full.txt`)} holds them all in one file.`,
    '',
    ...(home ? ['## Overview', '', entry(home), ''] : []),
    ...sections,
  ];
  return textResponse(lines.join('\n'), 'text/plain');
};
