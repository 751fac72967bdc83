import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { ogCard, ogImages } from '../../og';

/** A generated share image beside every docs page; the home page's is the site's. */
export const getStaticPaths = (async () => {
  // Starlight builds no page for a draft, so it gets no card either.
  const pages = await getCollection('docs', (page) => page.data.draft !== true);
  return pages.map((page) => {
    const path = page.id.replace(/(?:^|\/)index$/, '');
    return { params: { slug: path === '' ? undefined : path }, props: { page } };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ page: CollectionEntry<'docs'> }> = async ({ props: { page } }) => {
  const png = await ogImages.render(ogCard(page.data));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
