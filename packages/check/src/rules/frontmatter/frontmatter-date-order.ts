/**
 * Finds a `modDatetime` earlier than the `pubDatetime` of the same post.
 *
 * ## Why
 *
 * A post cannot be changed before it is published; such a date is a typo, and the blog would show
 * "updated" before "published".
 *
 * ## Options
 *
 * None.
 *
 * @example
 *   {"name": "blog/ok.md"}
 *
 *   ---
 *   title: Kafka
 *   description: Kafka in short.
 *   pubDatetime: 2024-12-04
 *   modDatetime: 2025-01-10
 *   ---
 *
 *   Kafka in short.
 *
 * @example
 *   {"name": "blog/not-ok.md", "label": "input"}
 *
 *   ---
 *   title: Kafka
 *   description: Kafka in short.
 *   pubDatetime: 2024-12-04
 *   modDatetime: 2024-01-10
 *   ---
 *
 *   Kafka in short.
 *
 * @example
 *   {"name": "blog/not-ok.md", "label": "output"}
 *
 *   5:14-5:24: Unexpected `modDatetime` 2024-01-10 before `pubDatetime` 2024-12-04, expected a date on or after the publication
 */
import { defineRule } from '../../rule.js';
import { frontmatterRecord } from './schema.js';

function toDate(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value.trim())) return undefined;
  const date = new Date(value.trim());
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function show(value: unknown): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim();
}

export const frontmatterDateOrderRule = defineRule({
  meta: {
    id: 'frontmatter-date-order',
    family: 'frontmatter',
    defaultSeverity: 'warning',
    description: 'A `modDatetime` earlier than the `pubDatetime`.',
  },
  check(file, report) {
    const data = frontmatterRecord(file);
    const published = toDate(data?.pubDatetime);
    const modified = toDate(data?.modDatetime);
    if (!published || !modified || !file.frontmatter || modified >= published) return;
    report({
      message: `Unexpected \`modDatetime\` ${show(data?.modDatetime)} before \`pubDatetime\` ${show(data?.pubDatetime)}, expected a date on or after the publication`,
      place: file.frontmatter.positionOf(['modDatetime'], 'value'),
    });
  },
});
