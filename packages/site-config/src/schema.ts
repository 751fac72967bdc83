import { z } from 'zod';

const pathPrefix = z
  .string()
  .regex(/^\/(?:[^?#]*\/)?$/, 'Expected a path that starts and ends with "/", e.g. "/" or "/docs/"')
  .default('/');

const siteBase = z.object({
  title: z.string().min(1),
  description: z.string().min(1),
  /** Where the built site is served, without its base path, e.g. `https://blog.example.com`. */
  url: z.url().transform((url) => url.replace(/\/+$/, '')),
  base: pathPrefix,
  /** The folder of this site's Markdown, relative to the repository root. */
  contentDir: z.string().min(1),
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
    }),
    docs: siteBase,
  }),
  /** Settings of the content checks; the checks package validates this section itself. */
  checks: z.record(z.string(), z.unknown()).optional(),
});

export type SiteConfigInput = z.input<typeof siteConfigSchema>;
export type SiteConfig = z.output<typeof siteConfigSchema>;
export type SiteName = keyof SiteConfig['sites'];
