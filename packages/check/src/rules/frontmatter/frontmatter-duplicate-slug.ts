/**
 * Finds two files of one site that would be published at the same address.
 *
 * ## Why
 *
 * The address of a page comes from its file name, slugged (`My Post.md` and `my-post.mdx` are both
 * `my-post`). Two files with one slug make one of them unreachable. The finding is on every file
 * after the first, in path order, and names the first.
 *
 * ## Options
 *
 * None.
 *
 * @example
 *   {"name": "blog/kafka.md", "case": "ok"}
 *
 *   ---
 *   title: Kafka
 *   ---
 *
 * @example
 *   {"name": "blog/kafka-streams.md", "case": "ok"}
 *
 *   ---
 *   title: Kafka Streams
 *   ---
 *
 * @example
 *   {"name": "blog/Kafka Intro.md", "case": "not-ok", "label": "input"}
 *
 *   ---
 *   title: Kafka
 *   ---
 *
 * @example
 *   {"name": "blog/kafka-intro.md", "case": "not-ok", "label": "input"}
 *
 *   ---
 *   title: An introduction to Kafka
 *   ---
 *
 * @example
 *   {"name": "blog/kafka-intro.md", "case": "not-ok", "label": "output"}
 *
 *   content/blog/kafka-intro.md:1:1: Unexpected second file with slug `kafka-intro` (also `content/blog/Kafka Intro.md`), expected one file per address
 */
import { defineRule } from '../../rule.js';

export const frontmatterDuplicateSlugRule = defineRule({
  meta: {
    id: 'frontmatter-duplicate-slug',
    family: 'frontmatter',
    defaultSeverity: 'warning',
    description: 'Two files of one site that map to the same slug, so one of them cannot be reached.',
  },
  checkCollection(files, report) {
    const first = new Map<string, string>();
    for (const file of [...files].sort((a, b) => a.relativePath.localeCompare(b.relativePath))) {
      if (!file.site || file.id === undefined) continue;
      const key = `${file.site}:${file.id}`;
      const existing = first.get(key);
      if (existing === undefined) {
        first.set(key, file.relativePath);
        continue;
      }
      report(file, {
        message: `Unexpected second file with slug \`${file.id}\` (also \`${existing}\`), expected one file per address`,
        place: { line: 1, column: 1, offset: 0 },
      });
    }
  },
});
