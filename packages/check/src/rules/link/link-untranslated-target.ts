/**
 * Finds links into a docs locale to a page that locale has not translated. Off by default: turn
 * it on (`"link-untranslated-target": "warning"` in `checks.rules`) to track what each
 * translation still lacks.
 *
 * ## Why
 *
 * Starlight serves the default locale's page, with a notice, at every address of a locale that
 * has not translated it, so `/fr/guides/x/` works before `content/docs/fr/guides/x.md` exists
 * and the other link rules accept it (its anchors are those of the default page). A team that
 * wants every link of a translation to stay in its language turns this rule on. The rule reads
 * the docs site's `locales` in `pressroom.config.json` and finds nothing on a site in one language.
 *
 * ## Options
 *
 * None.
 *
 * @example
 *   {"name": "docs/fr/start/links.md", "case": "ok", "severity": "warning"}
 *
 *   ---
 *   title: Liens
 *   ---
 *
 *   Lire [la page traduite](/fr/start/installing/).
 *
 * @example
 *   {"name": "docs/fr/start/installing.md", "case": "ok", "severity": "warning"}
 *
 *   ---
 *   title: Installation
 *   ---
 *
 *   Texte.
 *
 * @example
 *   {"name": "docs/fr/links.md", "case": "not-ok", "label": "input", "severity": "warning"}
 *
 *   ---
 *   title: Liens
 *   ---
 *
 *   Lire [le guide](/fr/guides/deploying/#github-pages).
 *
 * @example
 *   {"name": "docs/fr/links.md", "case": "not-ok", "label": "output"}
 *
 *   5:6-5:52: Unexpected link to `/fr/guides/deploying/`, which `fr` has not translated, expected a translated page: readers get `content/docs/guides/deploying.md`
 */
import { defineRule } from '../../rule.js';
import { placeOf, shown } from '../../links/findings.js';
import { fileLinks, linkTargets } from '../../links/state.js';

export const linkUntranslatedTargetRule = defineRule({
  meta: {
    id: 'link-untranslated-target',
    family: 'link',
    defaultSeverity: 'off',
    description: "A link into a docs locale to a page it has not translated, which Starlight serves from the default locale's page.",
  },
  checkRecord(file, report, context) {
    for (const { link, resolution } of fileLinks(context, file).links) {
      if (resolution.status !== 'ok' || !resolution.fallback || !resolution.page) continue;
      const { locale } = resolution.fallback;
      const written = link.url.trim().split('#')[0]!;
      report({
        message: `Unexpected link to \`${shown(written)}\`, which \`${locale.key}\` has not translated, expected a translated page: readers get \`${resolution.page.relativePath}\``,
        place: placeOf(link),
      });
    }
  },
  references: (file, context, only) => linkTargets(context, file, only),
});
