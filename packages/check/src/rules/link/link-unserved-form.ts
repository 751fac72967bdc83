/**
 * Finds links to a page in a form the sites do not serve: a missing trailing slash, an `.html`
 * file name, or a query string.
 *
 * ## Why
 *
 * Both sites are static and built with `trailingSlash: 'always'`: `/posts/kafka/` is the page,
 * `/posts/kafka` and `/posts/kafka.html` are a 404 or a redirect depending on the host, and a
 * query string is ignored (it only hides the real target, often a tracking leftover). The finding
 * gives the form to write instead.
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
 *   See [the docs home](/).
 *
 * @example
 *   {"name": "docs/bad.md", "label": "input"}
 *
 *   ---
 *   title: Bad
 *   ---
 *
 *   See [this page](/bad) and [again](/bad/?ref=home).
 *
 * @example
 *   {"name": "docs/bad.md", "label": "output"}
 *
 *   5:5-5:22: Unexpected link with a missing trailing slash, expected `/bad/`
 *   5:27-5:50: Unexpected link with the query string `?ref=home`, expected `/bad/`
 */
import { defineRule } from '../../rule.js';
import { fileLinks, linkTargets } from '../../links/state.js';
import { placeOf } from '../../links/findings.js';

export const linkUnservedFormRule = defineRule({
  meta: {
    id: 'link-unserved-form',
    family: 'link',
    defaultSeverity: 'error',
    description: 'A link with a missing trailing slash, an `.html` name or a query string, which the static sites do not serve.',
  },
  checkRecord(file, report, context) {
    for (const { link, resolution } of fileLinks(context, file).links) {
      if (resolution.status !== 'unserved-form') continue;
      report({
        message: `Unexpected link with ${resolution.problem}, expected \`${resolution.expected}\``,
        place: placeOf(link),
        suggestions: [resolution.expected],
      });
    }
  },
  references: (file, context, only) => linkTargets(context, file, only),
});
