import { z } from 'zod';
import { checksConfigSchema } from './checks.js';
import { checkLocaleSettings, localeSettings } from './locales.js';

// Objects are strict: a misspelt key (`postPerPage`) is an error, not a setting silently ignored.

/** An http(s) URL; a trailing slash is dropped so paths can be appended to it. */
const absoluteUrl = (meta: { description: string; examples: string[] }) =>
  z
    .url({ error: 'Expected an absolute URL, e.g. "https://blog.example.com"', abort: true })
    // A pattern rather than `url({ protocol })`, so the JSON Schema says it too.
    .regex(/^https?:\/\//, 'Expected a URL that starts with "https://" or "http://"')
    .meta({ ...meta, format: 'uri' })
    .transform((url) => url.replace(/\/+$/, ''));

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
  .strictObject({
    unknownKeys: z
      .enum(['warning', 'error', 'off'])
      .default('warning')
      .describe(
        'How the checks report a frontmatter key this site\'s schema does not know. The site drops such a key, so it is most often a typo or a field of another theme (`date` for `pubDatetime`).',
      ),
    allowedKeys: z
      .array(z.string().min(1))
      .default([])
      .meta({
        description: 'Frontmatter keys the checks accept on this site without a word although the site ignores them, e.g. fields another tool reads.',
        examples: [['sidebar_label']],
      }),
  })
  .prefault({})
  .describe('How the checks treat frontmatter keys the site does not read.');

const siteBase = z.strictObject({
  title: z
    .string()
    .min(1)
    .meta({ description: "The site's name: in page titles, the header, the feeds, `llms.txt` and the share cards.", examples: ['Pressroom Docs'] }),
  description: z
    .string()
    .min(1)
    .meta({
      description: 'One sentence about the site: the home page\'s `<meta name="description">`, and the summary of its feeds and `llms.txt`.',
      examples: ['How to write, check and publish posts and pages with Pressroom.'],
    }),
  url: absoluteUrl({
    description:
      'Where the built site is served, without its base path. Canonical URLs, feeds, sitemaps, share cards and links from the other site use it. A trailing slash is removed.',
    examples: ['https://docs.example.com'],
  }),
  base: z
    .string()
    .regex(/^\/(?:[^?#]*\/)?$/, 'Expected a path that starts and ends with "/", e.g. "/" or "/docs/"')
    .default('/')
    .meta({
      description:
        'The path the site is served under on its host, starting and ending with `/`: `/` when it has the host to itself, `/docs/` when it shares one with the other site.',
      examples: ['/docs/'],
    }),
  contentDir: z
    .string()
    .min(1)
    .meta({
      description: "The folder of this site's Markdown, relative to the repository root. Files whose name starts with `_` are not published.",
      examples: ['content/docs'],
    }),
  frontmatter: frontmatterSettings,
});

export const siteConfigSchema = z
  .strictObject({
    $schema: z
      .string()
      .optional()
      .meta({
        description:
          'The JSON Schema an editor validates and completes this file with: `./node_modules/@pressroom/site-config/pressroom.config.schema.json` where the package is installed.',
        examples: ['./node_modules/@pressroom/site-config/pressroom.config.schema.json'],
      }),
    author: z
      .string()
      .min(1)
      .meta({ description: 'The author of a post whose frontmatter names none, and of the posts `pnpm new post` starts.', examples: ['Pressroom'] }),
    repository: z
      .strictObject({
        url: absoluteUrl({
          description: 'The web address of the repository that holds the content. "Edit this page" links open `<url>/edit/<branch>/<file>`.',
          examples: ['https://github.com/pressroom-dev/pressroom'],
        }),
        branch: z.string().min(1).default('main').meta({ description: 'The branch "Edit this page" links open.', examples: ['main'] }),
      })
      .meta({ description: 'Where the content is edited: the target of every "Edit this page" link.' }),
    sites: z
      .strictObject({
        blog: siteBase
          .extend({
            postsPerPage: z
              .number()
              .int()
              .positive()
              .default(10)
              .meta({ description: 'How many posts each list page shows: `/posts/`, `/posts/2/` and so on, and each tag page.', examples: [5] }),
            scheduledPostMarginMinutes: z
              .number()
              .int()
              .nonnegative()
              .default(15)
              .meta({
                description:
                  'How many minutes before its `pubDatetime` a scheduled post is already published, so a deploy that starts a few minutes early still includes it. A post further in the future waits for the first build after its time.',
                examples: [60],
              }),
            timezone: z
              .string()
              .refine(isTimeZone, 'Expected an IANA time zone name, e.g. "UTC" or "Europe/Berlin"')
              .default('UTC')
              .meta({
                description: "The time zone post dates are shown in, unless a post names its own `timezone` (as AstroPaper's `SITE.timezone`).",
                examples: ['Europe/Berlin'],
              }),
          })
          .meta({ description: 'The blog, built by `apps/blog`.' }),
        docs: siteBase
          .extend(localeSettings)
          .superRefine(checkLocaleSettings)
          .meta({ description: 'The documentation site, built by `apps/docs` with Starlight.' }),
      })
      .meta({ description: 'The two sites. Each has its own public URL, base path and content folder.' }),
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
      .meta({
        description:
          'Path prefixes an image in the content may start with, each mapped to a folder relative to the repository root: `{ "@/": "./" }` lets a post write `@/assets/images/a.png` for `assets/images/a.png`, as AstroPaper\'s `@/` alias. Both sites and the checks resolve them.',
        examples: [{ '@/': './' }],
      }),
    checks: checksConfigSchema.optional(),
  })
  .meta({
    title: 'pressroom.config.json',
    description: "A Pressroom repository's configuration: each site's public URL, base path and content folder, the default author, and the settings of the content checks.",
  });

export type SiteConfigInput = z.input<typeof siteConfigSchema>;
export type SiteConfig = z.output<typeof siteConfigSchema>;
export type SiteName = keyof SiteConfig['sites'];
