import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * What is on a post's page but not of its text: the table of contents (its heading and its list
 * of the post's own headings, which made "Table of contents" the top match for any heading word),
 * and the hidden "Section titled …" labels of the heading self-links.
 */
export const excludedFromSearch = ['details.toc', '#table-of-contents', '.heading-link'];

/**
 * Indexes the built site for `/search/` once `astro build` is done. Only what pages mark with
 * `data-pagefind-body` (the text of posts) is indexed, less `excludedFromSearch`.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pressroom:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: excludedFromSearch });
        try {
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: `${outDir}pagefind` });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`indexed ${added.page_count} page(s) for search`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
