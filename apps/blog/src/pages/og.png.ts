import type { APIRoute } from 'astro';
import { site } from '../lib/site';
import { ogImages } from '../og/og-image';

/** The share image of every page that is not a post. */
export const GET: APIRoute = async () => {
  const png = await ogImages.render({ title: site.title, subtitle: site.description, siteTitle: site.title, siteHost: new URL(site.url).host });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
