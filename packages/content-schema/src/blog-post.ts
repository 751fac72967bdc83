import { z } from 'zod';
import { dateField, documented, timeZoneField } from './fields.js';

export interface BlogPostSchemaOptions {
  /** Used when a post has no `author`; the sites take it from `pressroom.config.json`. */
  defaultAuthor?: string;
  /**
   * Astro's `image()` helper, so `ogImage` can point at a local image that Astro optimises.
   * Without it `ogImage` is a path or URL string.
   */
  image?: () => z.ZodType;
}

/** Words a post adds to the spelling dictionary for itself alone. */
export const wordsField = documented(z.array(z.string()).optional(), {
  description: 'Words the spelling check accepts in this file only (names, jargon).',
  example: 'words: [Kafka, Linkedin]',
});

/** The frontmatter of a blog post, compatible with AstroPaper's. */
export function blogPostSchema(options: BlogPostSchemaOptions = {}) {
  const ogImageField = options.image ? options.image().or(z.string()) : z.string();
  return z.object({
    title: documented(z.string().trim().min(1, 'Expected a non-empty title'), {
      description: 'The post title, shown on the page, in lists and in feeds.',
      example: 'title: What, Why, When, and Where Kafka?',
    }),
    description: documented(z.string().trim().min(1, 'Expected a non-empty description'), {
      description: 'One or two sentences about this post, used in lists, feeds and `<meta name="description">`.',
      example: 'description: An introduction to Apache Kafka, what it is for and who uses it.',
    }),
    pubDatetime: documented(dateField, {
      description: 'When the post is published. A future date schedules the post: it stays hidden until then.',
      example: 'pubDatetime: 2024-12-04',
    }),
    modDatetime: documented(dateField.optional().nullable(), {
      description: 'When the post was last changed in substance. May be left empty.',
      example: 'modDatetime: 2025-01-10',
    }),
    author: documented(options.defaultAuthor === undefined ? z.string() : z.string().default(options.defaultAuthor), {
      description: 'Who wrote the post. Defaults to the site author in `pressroom.config.json`.',
      example: 'author: Bryan Montalvan',
    }),
    featured: documented(z.boolean().optional(), {
      description: 'Shows the post in the featured list of the blog home page.',
      example: 'featured: true',
    }),
    draft: documented(z.boolean().optional(), {
      description: 'A draft is checked but never published.',
      example: 'draft: false',
    }),
    tags: documented(z.array(z.string().trim().min(1, 'Expected a non-empty tag')).default(['others']), {
      description: 'A list of topics. Each tag gets a page listing its posts. Defaults to `others`.',
      example: 'tags: [Guide, Concept Introduction]',
    }),
    ogImage: documented(ogImageField.optional(), {
      description: 'The image shown when the post is shared. Without it, one is generated from the title.',
      example: 'ogImage: ./kafka-cover.png',
    }),
    canonicalURL: documented(z.url({ error: 'Expected an absolute URL' }).optional(), {
      description: 'Where the post was first published, when that is elsewhere.',
      example: 'canonicalURL: https://example.com/original-post/',
    }),
    hideEditPost: documented(z.boolean().optional(), {
      description: 'Hides the "Edit this post" link.',
      example: 'hideEditPost: true',
    }),
    slug: documented(
      z
        .string({ error: 'Expected text' })
        .min(1, 'Expected a non-empty slug')
        .regex(/^[^\s?#%\\]*$/, 'Expected a slug without spaces, `?`, `#`, `%` or `\\`, e.g. `kafka-intro`')
        .optional(),
      {
        description:
          "Replaces the file name in the post's address, as Astro's glob loader and AstroPaper read it: `slug: kafka-intro` in `guides/kafka.md` is at `/posts/guides/kafka-intro/`. Two posts may not share one.",
        example: 'slug: kafka-intro',
      },
    ),
    subtitle: documented(z.string().trim().min(1, 'Expected a non-empty subtitle').optional(), {
      description: 'A line under the title on the post page.',
      example: 'subtitle: Partitions, offsets and consumer groups',
    }),
    timezone: documented(timeZoneField.optional(), {
      description: "The time zone the post's dates are shown in, instead of the blog's `timezone` in `pressroom.config.json`.",
      example: 'timezone: Asia/Yangon',
    }),
    series: documented(z.string().trim().min(1, 'Expected a non-empty series name').optional(), {
      description:
        'The series the post is part of. Posts that name the same series (written the same way as a tag, case aside) link to each other in the order they were published.',
      example: 'series: Release notes',
    }),
    words: wordsField,
  });
}

export type BlogPostFrontmatter = z.output<ReturnType<typeof blogPostSchema>>;
