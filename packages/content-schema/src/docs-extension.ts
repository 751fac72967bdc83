import { z } from 'zod';
import { wordsField } from './blog-post.js';
import { documented } from './fields.js';

/** What a translated page records of the page it translates, for the check that tells when it falls behind. */
export const translationField = documented(
  z
    .strictObject({
      sourceHash: z
        .string()
        .regex(/^[0-9a-f]{7,64}$/i, 'Expected the sha256 of the source page (its first 7 hexadecimal digits or more), quoted')
        .meta({ description: "The sha256 of the source page's bytes when this translation was last brought up to date (`sha256sum`); 7 digits or more." }),
    })
    .optional(),
  {
    description: 'On a translated page: the content hash of the source page it translates, so the check reports it once the source changes.',
    example: "translation: { sourceHash: '4f1c3e0a9b2d' }",
  },
);

/**
 * The fields Pressroom adds on top of Starlight's own frontmatter. Its own module, free of
 * Starlight, so that a tool can extend the `docsSchema` of the Starlight a repository installed.
 */
export const docsPageExtension = z.object({
  words: wordsField,
  translation: translationField,
});
