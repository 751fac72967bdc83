import { z } from 'zod';

const pathPrefix = z
  .string()
  .regex(/^\/(?:[^?#]*\/)?$/, 'Expected a path that starts and ends with "/", e.g. "/" or "/docs/"')
  .default('/');

/** Whether `Intl` knows a time zone name (`Europe/Berlin`, `UTC`); the blog formats dates with it. */
function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const frontmatterSettings = z
  .object({
    unknownKeys: z
      .enum(['warning', 'error', 'off'])
      .default('warning')
      .describe(
        'How the checks report a frontmatter key this site\'s schema does not know. The site drops such a key, so it is most often a typo or a field of another theme (`date` for `pubDatetime`).',
      ),
    allowedKeys: z
      .array(z.string().min(1))
      .default([])
      .describe('Frontmatter keys the checks accept on this site without a word although the site ignores them, e.g. fields another tool reads.'),
  })
  .prefault({})
  .describe('How the checks treat frontmatter keys the site does not read.');

const siteBase = z.object({
  title: z.string().min(1),
  description: z.string().min(1),
  /** Where the built site is served, without its base path, e.g. `https://blog.example.com`. */
  url: z.url().transform((url) => url.replace(/\/+$/, '')),
  base: pathPrefix,
  /** The folder of this site's Markdown, relative to the repository root. */
  contentDir: z.string().min(1),
  frontmatter: frontmatterSettings,
});

export const siteConfigSchema = z.object({
  $schema: z.string().optional(),
  /** The author of a post that names none. */
  author: z.string().min(1),
  /** Where "edit this page" links point. */
  repository: z.object({
    url: z.url().transform((url) => url.replace(/\/+$/, '')),
    branch: z.string().min(1).default('main'),
  }),
  sites: z.object({
    blog: siteBase.extend({
      postsPerPage: z.number().int().positive().default(10),
      /** How long before its `pubDatetime` a scheduled post may already be published. */
      scheduledPostMarginMinutes: z.number().int().nonnegative().default(15),
      timezone: z
        .string()
        .refine(isTimeZone, 'Expected an IANA time zone name, e.g. "UTC" or "Europe/Berlin"')
        .default('UTC')
        .describe('The time zone post dates are shown in, unless a post names its own `timezone` (as AstroPaper\'s `SITE.timezone`).'),
    }),
    docs: siteBase,
  }),
  aliases: z
    .record(z.string(), z.string().min(1))
    .superRefine((aliases, context) => {
      for (const prefix of Object.keys(aliases)) {
        if (!/^[^./\s]\S*\/$/.test(prefix)) {
          context.addIssue({ code: 'custom', path: [prefix], message: 'Expected a prefix that ends with "/" and does not start with "." or "/", e.g. "@/"' });
        }
      }
    })
    .default({})
    .describe(
      'Path prefixes an image in the content may start with, each mapped to a folder relative to the repository root: `{ "@/": "./" }` lets a post write `@/assets/images/a.png` for `assets/images/a.png`, as AstroPaper\'s `@/` alias. Both sites and the checks resolve them.',
    ),
  /** Settings of the content checks; the checks package validates this section itself. */
  checks: z.record(z.string(), z.unknown()).optional(),
});

export type SiteConfigInput = z.input<typeof siteConfigSchema>;
export type SiteConfig = z.output<typeof siteConfigSchema>;
export type SiteName = keyof SiteConfig['sites'];
