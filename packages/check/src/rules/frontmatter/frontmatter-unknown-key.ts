/**
 * Finds frontmatter keys the site's schema does not read: the site drops them without a word, so
 * a key written `date` instead of `pubDatetime` leaves a post with no date of its own.
 *
 * ## Why
 *
 * The schemas strip what they do not know, as Astro's content collections do. A key another
 * generator or theme uses (`date`, `lastmod`, `categories`), a typo (`descripton`) or a field of
 * the other site (`sidebar` in a blog post) is almost always a value the author meant the page to
 * have. Each finding names the field it most likely meant: a synonym from another generator
 * first, then the same name in another case, then a near spelling.
 *
 * ## Options
 *
 * Per site, in `pressroom.config.json` → `sites.<site>.frontmatter`: `unknownKeys` is `warning`
 * (the default), `error` or `off`, and `allowedKeys` lists keys to accept without a word (fields
 * another tool reads).
 *
 * @example
 *   {"name": "blog/ok.md"}
 *
 *   ---
 *   title: Kafka partitions
 *   description: How Kafka splits a topic into partitions.
 *   pubDatetime: 2025-01-15
 *   slug: partitions
 *   ---
 *
 *   Text.
 *
 * @example
 *   {"name": "blog/not-ok.md", "label": "input"}
 *
 *   ---
 *   title: Kafka partitions
 *   description: How Kafka splits a topic into partitions.
 *   date: 2025-01-15
 *   pubDatetime: 2025-01-15
 *   sidebar:
 *     order: 2
 *   mood: calm
 *   ---
 *
 *   Text.
 *
 * @example
 *   {"name": "blog/not-ok.md", "label": "output"}
 *
 *   4:1-4:5: Unexpected key `date`, expected `pubDatetime`: the blog does not read `date` and drops it
 *   6:1-6:8: Unexpected key `sidebar` in a blog post, expected a blog post field: `sidebar` is a docs page field, which the blog drops
 *   8:1-8:5: Unexpected key `mood`, expected a field of the blog post schema: the blog does not read `mood` and drops it
 */
import { knownKeys, suggestKey } from '@pressroom/content-schema/core';
import type { SiteName } from '@pressroom/site-config';
import { defineRule, type RuleContext } from '../../rule.js';
import { frontmatterRecord, siteSchema } from './schema.js';

/** The keys a site's schema reads, once per run and thread; none when the site has no schema to load. */
function siteKeys(context: RuleContext, site: SiteName): Promise<string[] | undefined> {
  return context.shared(`frontmatter:known-keys:${site}`, async () => {
    const schema = await siteSchema(context, site);
    // A schema that cannot be loaded is `frontmatter-schema`'s finding.
    return schema && 'schema' in schema ? knownKeys(schema.schema) : undefined;
  });
}

const kinds = { blog: 'blog post', docs: 'docs page' } as const;
const siteNamed = { blog: 'the blog', docs: 'the docs site' } as const;

export const frontmatterUnknownKeyRule = defineRule({
  meta: {
    id: 'frontmatter-unknown-key',
    family: 'frontmatter',
    defaultSeverity: 'warning',
    description: 'A frontmatter key the site does not read, with the field it most likely meant.',
  },
  async check(file, report, context) {
    const site = file.site;
    const data = frontmatterRecord(file);
    // Unreadable YAML is `frontmatter-yaml`'s finding; a file outside both sites has no schema of its own.
    if (!site || !data || !file.frontmatter || file.frontmatter.document.errors.length > 0) return;
    const settings = context.site.config.sites[site].frontmatter;
    if (settings.unknownKeys === 'off') return;
    const known = await siteKeys(context, site);
    if (!known) return;
    const other = site === 'blog' ? 'docs' : 'blog';
    // A repository without a blog (no pressroom.config.json) has no blog fields to name.
    const otherKnown = (await siteKeys(context, other)) ?? [];
    for (const [key, value] of Object.entries(data)) {
      if (known.includes(key) || settings.allowedKeys.includes(key)) continue;
      const place = file.frontmatter.positionOf([key], 'key');
      const severity = settings.unknownKeys;
      const suggestion = suggestKey(site, key, known, value);
      if (suggestion) {
        report({
          message: `Unexpected key \`${key}\`, expected \`${suggestion.key}\`: ${siteNamed[site]} does not read \`${key}\` and drops it`,
          place,
          severity,
          suggestions: [suggestion.key],
          note: suggestion.note ? `Did you mean \`${suggestion.key}\`? ${suggestion.note[0]!.toUpperCase()}${suggestion.note.slice(1)}.` : `Did you mean \`${suggestion.key}\`?`,
        });
      } else if (otherKnown.includes(key)) {
        report({
          message: `Unexpected key \`${key}\` in a ${kinds[site]}, expected a ${kinds[site]} field: \`${key}\` is a ${kinds[other]} field, which ${siteNamed[site]} drops`,
          place,
          severity,
        });
      } else {
        report({
          message: `Unexpected key \`${key}\`, expected a field of the ${kinds[site]} schema: ${siteNamed[site]} does not read \`${key}\` and drops it`,
          place,
          severity,
          note: `If another tool reads it, list it in \`sites.${site}.frontmatter.allowedKeys\` of pressroom.config.json.`,
        });
      }
    }
  },
});
