/**
 * Finds a tag that differs from an existing tag only by letter case, spacing or hyphens.
 *
 * ## Why
 *
 * Each tag gets its own page; `Guide`, `guide` and `guide ` would split one topic over pages that
 * look the same. The spelling most files use is the expected one (on a tie, the first met in
 * path order).
 *
 * ## Options
 *
 * None.
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
 *   tags: [Guide]
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
 *   content/blog/b.md:3:5-3:10: Unexpected tag `guide`, expected `Guide` as used in `content/blog/a.md`
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
    description: 'A tag that differs from an existing tag only by case, spacing or hyphens.',
  },
  checkCollection(files, report) {
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
      for (const use of uses) counts.set(use.tag, (counts.get(use.tag) ?? 0) + 1);
      if (counts.size < 2) continue;
      let expected = uses[0]!.tag;
      for (const [tag, count] of counts) if (count > counts.get(expected)!) expected = tag;
      const firstUse = uses.find((use) => use.tag === expected)!;
      for (const use of uses) {
        if (use.tag === expected) continue;
        report(use.file, {
          message: `Unexpected tag \`${use.tag}\`, expected \`${expected}\` as used in \`${firstUse.file.relativePath}\``,
          place: use.file.facts.frontmatter?.fields.tags?.[use.index] ?? { line: 1, column: 1 },
          suggestions: [expected],
        });
      }
    }
  },
});
