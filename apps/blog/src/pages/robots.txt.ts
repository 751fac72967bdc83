import type { APIRoute } from 'astro';
import { blogUrl, routes } from '../lib/site';

export const GET: APIRoute = () =>
  new Response(['User-agent: *', 'Allow: /', '', `Sitemap: ${blogUrl(`${routes.blogHome()}sitemap-index.xml`)}`, ''].join('\n'), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
