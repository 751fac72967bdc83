/**
 * Finds links whose `#anchor` is not an id on the target page.
 *
 * ## Why
 *
 * Heading ids are made the way the sites make them: github-slugger over the heading text as
 * rendered (quotes curled, inline code kept, raw HTML tags left out), in document order, so a
 * repeated heading gets `-1`, `-2`. Explicit `id`s in HTML and footnote ids count too, and every
 * docs page has `_top`. A link to a page that exists with an anchor that does not is its own
 * finding, separate from a missing page, with the nearest id as a suggestion.
 *
 * ## Options
 *
 * None.
 *
 * @example
 *   {"name": "docs/ok.md"}
 *
 *   ---
 *   title: Ok
 *   ---
 *
 *   ## Setup (the short way)
 *
 *   ## Don't panic
 *
 *   See [setup](#setup-the-short-way) and [panic](#dont-panic).
 *
 * @example
 *   {"name": "docs/bad.md", "label": "input"}
 *
 *   ---
 *   title: Bad
 *   ---
 *
 *   ## Setup (the short way)
 *
 *   See [setup](#setup-the-short-way-).
 *
 * @example
 *   {"name": "docs/bad.md", "label": "output"}
 *
 *   7:5-7:35: Unexpected link to missing anchor `#setup-the-short-way-` in `content/docs/bad.md`, expected a heading or element id on that page
 */
import { defineRule } from '../../rule.js';
import { fileLinks, linkTargets } from '../../links/state.js';
import { placeOf, suggestion } from '../../links/findings.js';

export const linkMissingAnchorRule = defineRule({
  meta: {
    id: 'link-missing-anchor',
    family: 'link',
    defaultSeverity: 'error',
    description: 'A link whose `#anchor` is not a heading or element id on the target page.',
  },
  checkRecord(file, report, context) {
    for (const { link, resolution } of fileLinks(context, file).links) {
      if (resolution.status !== 'missing-anchor') continue;
      const where = resolution.where;
      const suggestions = suggestion(resolution.anchor, resolution.candidates)?.map((id) => `#${id}`);
      report({
        message: `Unexpected link to missing anchor \`#${resolution.anchor}\` in \`${where}\`, expected a heading or element id on that page`,
        place: placeOf(link),
        ...(suggestions ? { suggestions, note: `Did you mean \`${suggestions[0]}\`?` } : {}),
      });
    }
  },
  references: (file, context, only) => linkTargets(context, file, only),
});
