import { z } from 'zod';

/** What the rule reference and error messages show for each field: one place, so they cannot drift. */
export type FieldDoc = {
  description: string;
  /** A YAML line a contributor can copy. */
  example: string;
};

const isoDatePattern = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * YAML parsers disagree on dates: Astro's turns `2024-12-04` into a Date, others keep the string.
 * Accept both, and nothing else, so a typo like `2024-13-45` is an error everywhere.
 */
export const dateField = z.preprocess(
  (value) => (typeof value === 'string' && isoDatePattern.test(value.trim()) ? new Date(value.trim()) : value),
  z.date({
    error: (issue) =>
      issue.input === undefined ? 'Required' : 'Expected a date in YYYY-MM-DD or ISO 8601 form',
  }),
);

export function documented<T extends z.ZodType>(schema: T, doc: FieldDoc): T {
  return schema.meta(doc) as T;
}

export function fieldDoc(schema: z.ZodType): FieldDoc | undefined {
  const meta = schema.meta();
  if (meta && typeof meta.description === 'string' && typeof meta.example === 'string') {
    return { description: meta.description, example: meta.example };
  }
  return undefined;
}
