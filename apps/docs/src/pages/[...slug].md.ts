import type { APIRoute, GetStaticPaths } from 'astro';
import { pageTwin, publishedPages, routeParam, textResponse, twinPath, type DocsPage } from '../machine-readable';

/** The Markdown twin of every docs page: `/guides/writing-a-post.md`, `/index.md` for the home page. */
export const getStaticPaths = (async () => {
  const pages = await publishedPages();
  // The route adds `.md` to the slug: `guides/writing-a-post` becomes `guides/writing-a-post.md`.
  return pages.map((page) => ({ params: { slug: routeParam(twinPath(page)) }, props: { page } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ page: DocsPage }> = async ({ props: { page } }) => textResponse(await pageTwin(page), 'text/markdown');
