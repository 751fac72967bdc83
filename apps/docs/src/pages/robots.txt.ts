import type { APIRoute } from 'astro';
import { docsUrl, homePath, textResponse } from '../machine-readable';

/** Every crawler may read every page; the sitemap Starlight writes lists them. */
export const GET: APIRoute = () => {
  return textResponse(['User-agent: *', 'Allow: /', '', `Sitemap: ${docsUrl(`${homePath}sitemap-index.xml`)}`, ''].join('\n'), 'text/plain');
};
