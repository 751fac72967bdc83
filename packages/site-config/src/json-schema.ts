import { z } from 'zod';
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
