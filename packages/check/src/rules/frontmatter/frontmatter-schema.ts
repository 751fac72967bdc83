/**
 * Checks the frontmatter against the schema the sites use (`@pressroom/content-schema`): blog posts
 * against the blog post schema, docs pages against Starlight's schema with Pressroom's fields.
 *
 * ## Why
 *
 * A file the checks accept is a file the sites can build: both read the same schema. Each finding
 * points at the offending key, names the field and what was expected, and gives an example line.
 * A missing field points at the frontmatter block.
 *
 * A file outside both sites' content folders (a README, a contributing guide) is plain Markdown,
 * not a page: without a frontmatter block it has no fields to check. With one, it is a page to be
 * (a post drafted elsewhere), checked against the schema it looks like: a blog post's when it has
 * `pubDatetime`, a docs page's otherwise. In a repository without `pressroom.config.json`, only
 * the pages of a Starlight site found in it have a schema: that site's own `docsSchema`.
 *
 * ## Options
 *
 * None.
 *
 * @example
 *   {"name": "blog/ok.md"}
 *
 *   ---
 *   title: Kafka partitions
 *   description: How Kafka splits a topic into partitions.
 *   pubDatetime: 2025-01-15
 *   tags: [Guide]
 *   ---
 *
 *   Text.
 *
 * @example
 *   {"name": "blog/not-ok.md", "label": "input"}
 *
 *   ---
 *   title: Kafka partitions
 *   pubDatetime: 2025-13-45
 *   featured: yes
 *   tags: Guide
 *   ---
 *
 *   Text.
 *
 * @example
 *   {"name": "blog/not-ok.md", "label": "output"}
 *
 *   1:1-6:4: Missing required field `description`, expected a string; for example `description: An introduction to Apache Kafka, what it is for and who uses it.`
 *   3:1-3:12: Unexpected text "2025-13-45" in `pubDatetime`, expected a date (YYYY-MM-DD); for example `pubDatetime: 2024-12-04`
 *   4:1-4:9: Unexpected text "yes" in `featured`, expected `true` or `false`; for example `featured: true`
 *   5:1-5:5: Unexpected text "Guide" in `tags`, expected a list; for example `tags: [Guide, Concept Introduction]`
 */
import { validateFrontmatter } from '@pressroom/content-schema/core';
import { defineRule } from '../../rule.js';
import { tomlBlock } from './frontmatter-yaml.js';
import { schemaSite, siteSchema } from './schema.js';

export const frontmatterSchemaRule = defineRule({
  meta: {
    id: 'frontmatter-schema',
    family: 'frontmatter',
    defaultSeverity: 'error',
    description: 'Frontmatter that does not match the schema of its site (missing fields, wrong types, bad dates).',
  },
  async check(file, report, context) {
    // Unreadable YAML is `frontmatter-yaml`'s finding; validating its remains would only add noise.
    if (file.frontmatter && file.frontmatter.document.errors.length > 0) return;
    if (!file.site && !file.frontmatter) return;
    // A TOML block is `frontmatter-yaml`'s finding; its fields are read once it is YAML.
    if (tomlBlock(file)) return;
    const site = schemaSite(file, context);
    const loading = site && siteSchema(context, site);
    if (!loading) return;
    const schema = await loading;
    if ('problem' in schema) {
      report({ message: `Unexpected missing schema: ${schema.problem}`, place: { start: file.offsetToPoint(0), end: file.offsetToPoint(0) } });
      return;
    }
    const result = validateFrontmatter(schema.schema, file.frontmatter?.data ?? {});
    if (result.success) return;
    for (const problem of result.problems) {
      const place = file.frontmatter
        ? file.frontmatter.positionOf(problem.path)
        : { start: file.offsetToPoint(0), end: file.offsetToPoint(0) };
      report({
        message: `${problem.message}${problem.example ? `; for example \`${problem.example}\`` : ''}`,
        place,
      });
    }
  },
});
