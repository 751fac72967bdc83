import { z } from 'zod';

/** What the rule reference and error messages show for each field: one place, so they cannot drift. */
export type FieldDoc = {
  description: string;
  /** A YAML line a contributor can copy. */
  example: string;
};

const isoDatePattern =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * `new Date('2024-02-30')` quietly gives 1 March; a date that does not exist on the calendar or
 * clock must be an error instead, so the written fields are compared with what they denote.
 */
function parseStrictDate(text: string): Date | undefined {
  const match = isoDatePattern.exec(text);
  if (!match) return undefined;
  const [, year, month, day, hour = '0', minute = '0', second = '0'] = match;
  const calendarDay = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const dayExists =
    calendarDay.getUTCFullYear() === Number(year) &&
    calendarDay.getUTCMonth() === Number(month) - 1 &&
    calendarDay.getUTCDate() === Number(day);
  const timeExists = Number(hour) <= 23 && Number(minute) <= 59 && Number(second) <= 59;
  if (!dayExists || !timeExists) return undefined;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * YAML parsers disagree on dates: Astro's turns `2024-12-04` into a Date, others keep the string.
 * Accept both, and nothing else, so a typo like `2024-13-45` or `2024-02-30` is an error everywhere
 * the text reaches the schema.
 */
export const dateField = z.preprocess(
  (value) => (typeof value === 'string' ? (parseStrictDate(value.trim()) ?? value) : value),
  z.date({
    error: (issue) =>
      issue.input === undefined ? 'Required' : 'Expected a real date in YYYY-MM-DD or ISO 8601 form',
  }),
);

/** A time zone name `Intl` knows (`UTC`, `Europe/Berlin`): the blog formats dates in it, and throws on any other. */
export const timeZoneField = z.string({ error: 'Expected text' }).refine(
  (name) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: name });
      return true;
    } catch {
      return false;
    }
  },
  { error: 'Expected an IANA time zone name, e.g. `UTC` or `Europe/Berlin`' },
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
