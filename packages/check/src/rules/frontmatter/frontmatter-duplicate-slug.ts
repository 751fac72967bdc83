/**
 * Finds files of one site that would be one page: two blog posts with one id (their `slug`, or
 * their slugged file path), or two files at one address.
 *
 * ## Why
 *
 * The sites' collections key each file by its id, as Astro's glob loader does: a post's `slug`
 * when it has one, else its path slugged (`My Post.md` and `my-post.md` are both `my-post`). Two
 * files with one id, or two blog posts at one address (`_old/intro.md` and `intro.md` are both
 * `/posts/intro/`, since a folder starting with `_` is left out), stop the build, which would
 * otherwise keep one of them and drop the other without a word. Every file of such a group is
 * reported, naming the others: the build cannot tell which one was meant.
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
 *   {"name": "blog/streams/kafka.md", "case": "ok"}
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
 *   {"name": "blog/_old/partitions.md", "case": "not-ok", "label": "input"}
 *
 *   ---
 *   title: Partitions, first draft
 *   ---
 *
 * @example
 *   {"name": "blog/partitions.md", "case": "not-ok", "label": "input"}
 *
 *   ---
 *   title: Partitions
 *   ---
 *
 * @example
 *   {"name": "blog/kafka-intro.md", "case": "not-ok", "label": "output"}
 *
 *   content/blog/Kafka Intro.md:1:1: Unexpected second file with slug `kafka-intro` (also `content/blog/kafka-intro.md`), expected one file per slug: the build stops on both
 *   content/blog/kafka-intro.md:1:1: Unexpected second file with slug `kafka-intro` (also `content/blog/Kafka Intro.md`), expected one file per slug: the build stops on both
 *   content/blog/_old/partitions.md:1:1: Unexpected second file at `/posts/partitions/` (also `content/blog/partitions.md`), expected one file per address: the build stops on both
 *   content/blog/partitions.md:1:1: Unexpected second file at `/posts/partitions/` (also `content/blog/_old/partitions.md`), expected one file per address: the build stops on both
 */
import { contentPagePath, locateContentFile } from '@pressroom/site-config';
import { defineRule, type FileRecord } from '../../rule.js';
import { recordFrontmatter } from './schema.js';

export const frontmatterDuplicateSlugRule = defineRule({
  meta: {
    id: 'frontmatter-duplicate-slug',
    family: 'frontmatter',
    defaultSeverity: 'error',
    description: 'Files of one site with one id (slug) or one address: the build stops on them.',
  },
  checkCollection(files, report, context) {
    const config = context.site.config;
    const byId = new Map<string, FileRecord[]>();
    const byAddress = new Map<string, FileRecord[]>();
    const add = (groups: Map<string, FileRecord[]>, key: string, file: FileRecord) => {
      const group = groups.get(key);
      if (group) group.push(file);
      else groups.set(key, [file]);
    };
    const addresses = new Map<FileRecord, string>();
    const ids = new Map<FileRecord, string>();
    for (const file of [...files].sort((a, b) => a.relativePath.localeCompare(b.relativePath))) {
      const location = locateContentFile(config, file.relativePath, recordFrontmatter(file));
      if (!location) continue;
      const address = contentPagePath(config, location.site, location.pagePath);
      ids.set(file, location.id);
      addresses.set(file, address);
      add(byId, `${location.site}\0${location.id}`, file);
      add(byAddress, `${location.site}\0${address}`, file);
    }
    const reported = new Set<FileRecord>();
    const others = (group: readonly FileRecord[], file: FileRecord) =>
      group
        .filter((other) => other !== file)
        .map((other) => `\`${other.relativePath}\``)
        .join(', ');
    for (const group of byId.values()) {
      if (group.length < 2) continue;
      for (const file of group) {
        reported.add(file);
        report(file, {
          message: `Unexpected second file with slug \`${ids.get(file)}\` (also ${others(group, file)}), expected one file per slug: the build stops on both`,
          place: { line: 1, column: 1, offset: 0 },
        });
      }
    }
    for (const group of byAddress.values()) {
      const unreported = group.filter((file) => !reported.has(file));
      if (group.length < 2 || unreported.length === 0) continue;
      for (const file of unreported) {
        report(file, {
          message: `Unexpected second file at \`${addresses.get(file)}\` (also ${others(group, file)}), expected one file per address: the build stops on both`,
          place: { line: 1, column: 1, offset: 0 },
        });
      }
    }
  },
});
