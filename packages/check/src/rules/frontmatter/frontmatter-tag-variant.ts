/**
 * Finds a tag that differs from an existing tag by spacing, hyphens or underscores.
 *
 * ## Why
 *
 * Both sites gather a tag's variants on one tag page, as AstroPaper does, but each post shows the
 * tag as its frontmatter writes it: `Concept Introduction` on one post and `concept-introduction`
 * on the next read as two topics. The spelling most files use is the expected one (on a tie, the
 * first met in path order). Letter case alone (`astro` beside `Astro`) is common in blogs moved
 * in from elsewhere and is not reported unless `caseSensitive` is set.
 *
 * ## Options
 *
 * `caseSensitive` (boolean, default `false`): also report tags that differ only in letter case.
 *
 * @example
 *   {"name": "blog/a.md", "case": "ok"}
 *
 *   ---
 *   tags: [Guide, Concept Introduction]
 *   ---
 *
 * @example
 *   {"name": "blog/b.md", "case": "ok"}
 *
 *   ---
 *   tags: [guide, Concept Introduction]
 *   ---
 *
 * @example
 *   {"name": "blog/a.md", "case": "not-ok", "label": "input"}
 *
 *   ---
 *   tags: [Guide, Concept Introduction]
 *   ---
 *
 * @example
 *   {"name": "blog/b.md", "case": "not-ok", "label": "input"}
 *
 *   ---
 *   tags:
 *     - guide
 *     - concept-introduction
 *   ---
 *
 * @example
 *   {"name": "blog/b.md", "case": "not-ok", "label": "output"}
 *
 *   content/blog/b.md:4:5-4:25: Unexpected tag `concept-introduction`, expected `Concept Introduction` as used in `content/blog/a.md`
 */
import { defineRule } from '../../rule.js';
import { recordFrontmatter } from './schema.js';

export function tagKey(tag: string): string {
  return tag.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
}

export const frontmatterTagVariantRule = defineRule({
  meta: {
    id: 'frontmatter-tag-variant',
    family: 'frontmatter',
    defaultSeverity: 'warning',
    description: 'A tag that differs from an existing tag only by spacing or hyphens (or case, if asked).',
  },
  checkCollection(files, report, context) {
    const caseSensitive = context.options.caseSensitive === true;
    const spelling = (tag: string) => (caseSensitive ? tag : tag.toLowerCase());
    type Use = { tag: string; file: (typeof files)[number]; index: number };
    const byKey = new Map<string, Use[]>();
    for (const file of [...files].sort((a, b) => a.relativePath.localeCompare(b.relativePath))) {
      const tags = recordFrontmatter(file)?.tags;
      if (!Array.isArray(tags)) continue;
      tags.forEach((tag, index) => {
        if (typeof tag !== 'string' || tag.trim() === '') return;
        const uses = byKey.get(tagKey(tag)) ?? [];
        uses.push({ tag, file, index });
        byKey.set(tagKey(tag), uses);
      });
    }
    for (const uses of byKey.values()) {
      // The spelling most files use is the expected one; on a tie, the first in path order.
      const counts = new Map<string, number>();
      for (const use of uses) counts.set(spelling(use.tag), (counts.get(spelling(use.tag)) ?? 0) + 1);
      if (counts.size < 2) continue;
      let expected = spelling(uses[0]!.tag);
      for (const [tag, count] of counts) if (count > counts.get(expected)!) expected = tag;
      const firstUse = uses.find((use) => spelling(use.tag) === expected)!;
      for (const use of uses) {
        if (spelling(use.tag) === expected) continue;
        report(use.file, {
          message: `Unexpected tag \`${use.tag}\`, expected \`${firstUse.tag}\` as used in \`${firstUse.file.relativePath}\``,
          place: use.file.facts.frontmatter?.fields.tags?.[use.index] ?? { line: 1, column: 1 },
          suggestions: [firstUse.tag],
        });
      }
    }
  },
});
