/**
 * Finds links from a translated docs page to the default locale's copy of a page that its own
 * locale has translated.
 *
 * ## Why
 *
 * A reader of the French docs who follows a link to `/guides/x/` while `/fr/guides/x/` exists
 * leaves their language without meaning to, most often because the link was copied from the page
 * the translation started from. Link the translation instead; a link to a page the locale has not
 * translated yet is fine, as Starlight serves the default page there (see
 * `link-untranslated-target`). The rule reads the docs site's `locales` in
 * `pressroom.config.json` and finds nothing on a site in one language.
 *
 * ## Options
 *
 * None.
 *
 * @example
 *   {"name": "docs/fr/start/getting-started.md", "case": "ok"}
 *
 *   ---
 *   title: Pour commencer
 *   ---
 *
 *   Lire [le guide](/fr/start/installing/), traduit, et [cet autre](/guides/deploying/), qui ne l’est pas.
 *
 * @example
 *   {"name": "docs/fr/start/installing.md", "case": "ok"}
 *
 *   ---
 *   title: Installation
 *   ---
 *
 *   Texte.
 *
 * @example
 *   {"name": "docs/fr/guides/links.md", "case": "not-ok", "label": "input"}
 *
 *   ---
 *   title: Liens
 *   ---
 *
 *   Voir [la page](/start/installing/) et [le fichier](../../start/installing.md).
 *
 * @example
 *   {"name": "docs/fr/start/installing.md", "case": "not-ok", "label": "input"}
 *
 *   ---
 *   title: Installation
 *   ---
 *
 *   Texte.
 *
 * @example
 *   {"name": "docs/start/installing.md", "case": "not-ok", "label": "input"}
 *
 *   ---
 *   title: Installing
 *   ---
 *
 *   Text.
 *
 * @example
 *   {"name": "docs/fr/guides/links.md", "case": "not-ok", "label": "output"}
 *
 *   content/docs/fr/guides/links.md:5:6-5:35: Unexpected link to `/start/installing/` in the default locale from a `fr` page, expected `/fr/start/installing/`: the page is translated
 *   content/docs/fr/guides/links.md:5:39-5:78: Unexpected link to `../../start/installing.md` in the default locale from a `fr` page, expected `../start/installing.md`: the page is translated
 */
import { posix } from 'node:path';
import { isMarkdownPath } from '@pressroom/site-config';
import { defineRule } from '../../rule.js';
import { placeOf, shown } from '../../links/findings.js';
import { docsRouteIn } from '../../links/locales.js';
import { fileLinks, linkGraph, linkTargets } from '../../links/state.js';

function decodeAnchor(anchor: string): string {
  try {
    return decodeURIComponent(anchor);
  } catch {
    return anchor;
  }
}

export const linkSkipsLocaleRule = defineRule({
  meta: {
    id: 'link-skips-locale',
    family: 'link',
    defaultSeverity: 'warning',
    description: "A link from a translated docs page to the default locale's copy of a page its own locale has translated.",
  },
  checkRecord(file, report, context) {
    const graph = linkGraph(context);
    const from = graph.pagesByFile.get(file.relativePath);
    const locale = from?.locale;
    if (from?.site !== 'docs' || !locale || locale.isDefault) return;
    for (const { link, resolution } of fileLinks(context, file).links) {
      if (!('page' in resolution) || !resolution.page || ('fallback' in resolution && resolution.fallback)) continue;
      const target = resolution.page;
      if (target.site !== 'docs' || !target.locale?.isDefault) continue;
      const translation = graph.pagesByRoute.docs.get(docsRouteIn(locale, target.localRoute));
      if (!translation || translation.unpublished) continue;
      const url = link.url.trim();
      const hashAt = url.indexOf('#');
      const path = hashAt === -1 ? url : url.slice(0, hashAt);
      // Headings are translated too: the anchor is kept only where the translation has it.
      const anchor = hashAt === -1 ? '' : url.slice(hashAt + 1);
      const fragment = anchor !== '' && translation.ids.has(decodeAnchor(anchor)) ? `#${anchor}` : '';
      let expected: string;
      if (isMarkdownPath(path) && !/^[a-z][a-z\d+.-]*:|^\//i.test(path)) {
        const relative = posix.relative(posix.dirname(file.relativePath), translation.relativePath);
        expected = relative.startsWith('.') ? relative : `./${relative}`;
      } else {
        const origin = /^https?:\/\//i.test(path) ? new URL(path).origin : '';
        expected = `${origin}${translation.sitePath}`;
      }
      report({
        message: `Unexpected link to \`${shown(path)}\` in the default locale from a \`${locale.key}\` page, expected \`${expected}${fragment}\`: the page is translated`,
        place: placeOf(link),
        suggestions: [`${expected}${fragment}`],
      });
    }
  },
  references: (file, context, only) => linkTargets(context, file, only),
});
