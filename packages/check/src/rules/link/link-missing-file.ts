/**
 * Finds links and images whose target does not exist on the sites: a Markdown file that is not
 * there or not published, a site page no content file or listing produces, a static file missing
 * from the app's `public/` folder.
 *
 * ## Why
 *
 * One graph covers both sites: relative file links (`../guides/writing-a-post.md`), links relative
 * to the page URL, site-root links (`/posts/<slug>/`) and absolute URLs of either site's public
 * address all resolve to a content file, a listing page or a static file. A broken one is reported
 * where the link is written, with the nearest existing target as a suggestion.
 *
 * ## Options
 *
 * None.
 *
 * @example
 *   {"name": "blog/ok.md", "case": "ok"}
 *
 *   ---
 *   title: Ok
 *   ---
 *
 *   See [the other post](./other.md) and [the same post](/posts/other/).
 *
 * @example
 *   {"name": "blog/other.md", "case": "ok"}
 *
 *   ---
 *   title: Other
 *   ---
 *
 *   Text.
 *
 * @example
 *   {"name": "blog/bad.md", "case": "not-ok", "label": "input"}
 *
 *   ---
 *   title: Bad
 *   ---
 *
 *   See [the other post](./othr.md) and [a page](/posts/nothing-here/).
 *
 * @example
 *   {"name": "blog/other.md", "case": "not-ok", "label": "input"}
 *
 *   ---
 *   title: Other
 *   ---
 *
 *   Text.
 *
 * @example
 *   {"name": "blog/bad.md", "case": "not-ok", "label": "output"}
 *
 *   content/blog/bad.md:5:5-5:32: Unexpected link to missing `./othr.md`, expected an existing page or file
 *   content/blog/bad.md:5:37-5:67: Unexpected link to missing `/posts/nothing-here/`, expected an existing page or file
 */
import { defineRule } from '../../rule.js';
import { fileLinks, linkTargets } from '../../links/state.js';
import { placeOf, shown, suggestion } from '../../links/findings.js';

export const linkMissingFileRule = defineRule({
  meta: {
    id: 'link-missing-file',
    family: 'link',
    defaultSeverity: 'error',
    description: 'A link or image whose target page or file does not exist on the sites.',
  },
  checkRecord(file, report, context) {
    for (const { link, resolution } of fileLinks(context, file).links) {
      if (resolution.status !== 'missing-file') continue;
      const target = shown(resolution.target);
      const suggestions = suggestion(resolution.target, resolution.candidates);
      report({
        message: resolution.reason
          ? `Unexpected link to \`${target}\`: ${resolution.reason}`
          : `Unexpected link to missing \`${target}\`, expected an existing page or file`,
        place: placeOf(link),
        ...(suggestions ? { suggestions, note: `Did you mean \`${suggestions[0]}\`?` } : {}),
      });
    }
  },
  references: (file, context, only) => linkTargets(context, file, only),
});
