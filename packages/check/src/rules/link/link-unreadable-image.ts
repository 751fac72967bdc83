/**
 * Finds an image the site's build imports (a Markdown image, a blog post's `ogImage`, a docs
 * hero's image) whose file exists but is no image the build can read: a text file named `.png`,
 * an empty or cut-off file.
 *
 * ## Why
 *
 * The sites read the width and height of every image they import, and the build stops on the
 * first one it cannot read (Astro's `NoImageMetadata`), naming the image but not the page. The
 * check reads each imported image the same way and reports it where it is written.
 *
 * ## Options
 *
 * None.
 *
 * @example
 *   {"name": "blog/ok.md"}
 *
 *   ---
 *   title: An icon
 *   ---
 *
 *   ![The blog's icon](../../apps/blog/public/favicon.svg)
 *
 * @example
 *   {"name": "blog/not-ok.md", "label": "input"}
 *
 *   ---
 *   title: A figure
 *   ---
 *
 *   ![A figure](../../packages/check/test/fixtures/images/not-an-image.png)
 *
 * @example
 *   {"name": "blog/not-ok.md", "label": "output"}
 *
 *   5:1-5:72: Unexpected image `../../packages/check/test/fixtures/images/not-an-image.png` that cannot be read: its content is not an image, expected a PNG, JPEG, GIF, WebP, AVIF, TIFF or SVG file (the build stops on it)
 */
import { defineRule } from '../../rule.js';
import { placeOf, shown } from '../../links/findings.js';
import { fileLinks } from '../../links/state.js';

export const linkUnreadableImageRule = defineRule({
  meta: {
    id: 'link-unreadable-image',
    family: 'link',
    defaultSeverity: 'error',
    description: 'An image the site imports whose file is no image the build can read.',
  },
  checkRecord(file, report, context) {
    for (const { link, resolution } of fileLinks(context, file).links) {
      if (resolution.status !== 'unreadable-image') continue;
      report({
        message: `Unexpected image \`${shown(resolution.target)}\` that cannot be read: ${resolution.problem}, expected a PNG, JPEG, GIF, WebP, AVIF, TIFF or SVG file (the build stops on it)`,
        place: placeOf(link),
        note: 'Export the image again from an image editor, or point at another file.',
      });
    }
  },
});
