import { z } from 'zod';
import { lightConfigJsonSchema } from './light.js';
import { siteConfigSchema } from './schema.js';

/** The file name the package ships the JSON Schema under, at its root. */
export const configJsonSchemaFile = 'pressroom.config.schema.json';

/**
 * The JSON Schema (draft 2020-12) of `pressroom.config.json`, from the same zod schema the
 * packages validate with: what a file may contain as written, so defaults are not required.
 */
export function siteConfigJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(siteConfigSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'throw' }) as Record<string, unknown>;
}

/**
 * The JSON Schema of either form of `pressroom.config.json`: a Pressroom monorepo's (with sites to
 * build) or the light form `pressroom init` writes in any other repository. `@pressroom/check`
 * ships it, since a repository that adopts the check installs that package and not this one.
 */
export function anyConfigJsonSchema(): Record<string, unknown> {
  const { $schema: _monorepoDialect, ...monorepo } = siteConfigJsonSchema();
  const { $schema: _lightDialect, ...light } = lightConfigJsonSchema();
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'pressroom.config.json',
    description: 'What Pressroom checks (and, in a Pressroom monorepo, builds): https://docs.pressroom.example/reference/configuration/',
    anyOf: [
      { title: 'Light form: a repository that only checks its content', ...light },
      { title: 'A Pressroom monorepo: the sites it builds and what it checks', ...monorepo },
    ],
  };
}
