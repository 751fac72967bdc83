/**
 * Finds links to blog posts that exist but are not on the built site: drafts and posts scheduled
 * for later.
 *
 * ## Why
 *
 * The file is there, so a file-based checker is happy, but readers get a 404 until the target is
 * published. Publish the target first, or link it once it is out.
 *
 * ## Options
 *
 * None.
 *
 * @example
 *   {"name": "blog/published.md"}
 *
 *   ---
 *   title: Published
 *   ---
 *
 *   A link to [this published post](./published.md).
 *
 * @example
 *   {"name": "blog/draft.md", "case": "not-ok", "label": "input"}
 *
 *   ---
 *   title: Draft
 *   draft: true
 *   ---
 *
 *   Text.
 *
 * @example
 *   {"name": "blog/links.md", "case": "not-ok", "label": "input"}
 *
 *   ---
 *   title: Links
 *   ---
 *
 *   Read [the draft](./draft.md).
 *
 * @example
 *   {"name": "blog/links.md", "case": "not-ok", "label": "output"}
 *
 *   content/blog/links.md:5:6-5:29: Unexpected link to the draft `content/blog/draft.md`, expected a published page
 */
import { defineRule } from '../../rule.js';
import { fileLinks, linkTargets } from '../../links/state.js';
import { placeOf } from '../../links/findings.js';

export const linkUnpublishedTargetRule = defineRule({
  meta: {
    id: 'link-unpublished-target',
    family: 'link',
    defaultSeverity: 'error',
    description: 'A link to a draft or scheduled post, which the built site does not have yet.',
  },
  checkRecord(file, report, context) {
    for (const { link, resolution } of fileLinks(context, file).links) {
      if (resolution.status !== 'unpublished') continue;
      const what = resolution.reason === 'draft' ? 'the draft' : 'the scheduled post';
      report({
        message: `Unexpected link to ${what} \`${resolution.page.relativePath}\`, expected a published page`,
        place: placeOf(link),
        note:
          resolution.reason === 'draft'
            ? 'Drafts are left out of the built site: publish the target first.'
            : 'The target is published on its `pubDatetime`: link it once it is out.',
      });
    }
  },
  references: (file, context, only) => linkTargets(context, file, only),
});
