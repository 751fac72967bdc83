import { z } from 'zod';
import { wordsField } from './blog-post.js';

/**
 * The fields Pressroom adds on top of Starlight's own frontmatter. Its own module, free of
 * Starlight, so that a tool can extend the `docsSchema` of the Starlight a repository installed.
 */
export const docsPageExtension = z.object({
  words: wordsField,
});
