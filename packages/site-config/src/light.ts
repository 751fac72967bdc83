import { z } from 'zod';
import { checksConfigSchema } from './checks.js';

/**
 * A `pressroom.config.json` for a repository that is not a Pressroom monorepo (what `pressroom
 * init` writes): no sites to build, so no author, repository or URLs; only what to check.
 */
export const lightConfigSchema = z.strictObject({
  $schema: z.string().optional().describe('The JSON Schema an editor validates and completes this file with: `./node_modules/@pressroom/check/pressroom.config.schema.json` where the check is installed.'),
  content: z.array(z.string().min(1)).min(1).default(['.']).describe('The files and folders `pressroom check` checks when no path is given.'),
  sites: z
    .strictObject({
      blog: z.strictObject({ contentDir: z.string().min(1).describe('The folder of the posts, from the repository root.') }).optional().describe("A blog's posts (AstroPaper's `src/data/blog`): checked against the blog post schema."),
      docs: z.strictObject({ contentDir: z.string().min(1).describe("The folder of the pages, from the repository root (a Starlight site's `src/content/docs`).") }).optional().describe("A Starlight site's pages: checked against that site's own `docsSchema`."),
    })
    .prefault({})
    .describe('The content that belongs to a site, whose frontmatter is checked against that site\'s schema. Content in no site gets no frontmatter check.'),
  // Checked on its own after the rest, so that its errors name the `checks.` key they are under.
  checks: z.unknown().optional(),
});

export type LightConfig = z.output<typeof lightConfigSchema>;

/** Whether a config file is the light form: none of the keys a Pressroom monorepo's config needs. */
export function isLightConfig(json: unknown): json is Record<string, unknown> {
  return typeof json === 'object' && json !== null && !Array.isArray(json) && !('author' in json) && !('repository' in json);
}

/** The light form as an editor sees it, with the `checks` section in full. */
const lightConfigEditorSchema = lightConfigSchema.extend({
  checks: checksConfigSchema.optional().describe('How the checks behave: rules, their severities and options, files to ignore. The same section as in a Pressroom monorepo\'s configuration.'),
});

/** The JSON Schema (draft 2020-12) of the light form of `pressroom.config.json`. */
export function lightConfigJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(lightConfigEditorSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'throw' }) as Record<string, unknown>;
}
