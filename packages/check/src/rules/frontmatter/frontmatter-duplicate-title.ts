/**
 * Finds two files of one site with the same title (letter case and spacing aside); on a docs site
 * in several languages, two files of one locale.
 *
 * ## Why
 *
 * Two posts with one title are indistinguishable in lists, feeds and search results. The finding
 * is on every file after the first, in path order. A translation may keep its source's title
 * (`content/docs/fr/guides/x.md` beside `content/docs/guides/x.md`): readers see one language at a
 * time, and search looks in one language.
 *
 * ## Options
 *
 * None.
 *
 * @example
 *   {"name": "docs/a.md", "case": "ok"}
 *
 *   ---
 *   title: Writing a post
 *   ---
 *
 * @example
 *   {"name": "docs/b.md", "case": "ok"}
 *
 *   ---
 *   title: Writing a page
 *   ---
 *
 * @example
 *   {"name": "docs/fr/a.md", "case": "ok"}
 *
 *   ---
 *   title: Writing a post
 *   ---
 *
 * @example
 *   {"name": "docs/a.md", "case": "not-ok", "label": "input"}
 *
 *   ---
 *   title: Writing a post
 *   ---
 *
 * @example
 *   {"name": "docs/b.md", "case": "not-ok", "label": "input"}
 *
 *   ---
 *   title: Writing  a Post
 *   ---
 *
 * @example
 *   {"name": "docs/b.md", "case": "not-ok", "label": "output"}
 *
 *   content/docs/b.md:2:8-2:23: Unexpected title `Writing  a Post`, already used by `content/docs/a.md`, expected a title of its own
 */
import { defineRule } from '../../rule.js';
import { docsLocaleOf } from '../../links/locales.js';
import { recordFrontmatter } from './schema.js';

export const frontmatterDuplicateTitleRule = defineRule({
  meta: {
    id: 'frontmatter-duplicate-title',
    family: 'frontmatter',
    defaultSeverity: 'warning',
    description: 'Two files of one site with the same title.',
  },
  checkCollection(files, report, context) {
    const config = context.site.config;
    const first = new Map<string, string>();
    for (const file of [...files].sort((a, b) => a.relativePath.localeCompare(b.relativePath))) {
      const title = recordFrontmatter(file)?.title;
      if (typeof title !== 'string' || title.trim() === '') continue;
      // Translations share titles across locales, never within one.
      const locale = file.site === 'docs' ? (docsLocaleOf(config, file.relativePath)?.key ?? '') : '';
      const key = `${file.site ?? ''}:${locale}:${title.trim().toLowerCase().replace(/\s+/g, ' ')}`;
      const existing = first.get(key);
      if (existing === undefined) {
        first.set(key, file.relativePath);
        continue;
      }
      report(file, {
        message: `Unexpected title \`${title}\`, already used by \`${existing}\`, expected a title of its own`,
        place: file.facts.frontmatter?.fields.title ?? { line: 1, column: 1 },
      });
    }
  },
});
