/**
 * Finds a tag that differs from an existing tag only by letter case, spacing or hyphens.
 *
 * ## Why
 *
 * Each tag gets its own page; `Guide`, `guide` and `guide ` would split one topic over pages that
 * look the same. The first spelling met (in path order) is the expected one.
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
import { frontmatterRecord } from './schema.js';

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
    const first = new Map<string, { tag: string; file: string }>();
    for (const file of [...files].sort((a, b) => a.relativePath.localeCompare(b.relativePath))) {
      const tags = frontmatterRecord(file)?.tags;
      if (!Array.isArray(tags) || !file.frontmatter) continue;
      tags.forEach((tag, index) => {
        if (typeof tag !== 'string' || tag.trim() === '') return;
        const key = tagKey(tag);
        const existing = first.get(key);
        if (!existing) {
          first.set(key, { tag, file: file.relativePath });
          return;
        }
        if (existing.tag === tag) return;
        report(file, {
          message: `Unexpected tag \`${tag}\`, expected \`${existing.tag}\` as used in \`${existing.file}\``,
          place: file.frontmatter!.positionOf(['tags', index]),
          suggestions: [existing.tag],
        });
      });
    }
  },
});
