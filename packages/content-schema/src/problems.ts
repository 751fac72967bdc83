import type { z } from 'zod';
import { fieldDoc } from './fields.js';

/** One frontmatter mistake, worded for the person who made it. */
export interface FrontmatterProblem {
  /** Path of the offending value, e.g. `['tags', 1]`. Empty for the frontmatter as a whole. */
  path: PropertyKey[];
  /** The top-level key the problem belongs to, e.g. `tags`. */
  field: string | undefined;
  /** Says the field, what was found and what was expected. */
  message: string;
  /** A YAML line that would be valid, when the field documents one. */
  example: string | undefined;
}

/** What was found, worded to follow "Unexpected": "Unexpected list in `title`". */
function describeInput(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'empty value';
  if (Array.isArray(input)) return 'list';
  if (input instanceof Date) return Number.isNaN(input.getTime()) ? 'impossible date' : 'date';
  if (typeof input === 'string') return `text ${JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input)}`;
  if (typeof input === 'object') return 'mapping';
  return `${typeof input} ${String(input)}`;
}

function expectedWording(expected: string): string {
  switch (expected) {
    case 'array':
      return 'a list';
    case 'object':
      return 'a mapping';
    case 'date':
      return 'a date (YYYY-MM-DD)';
    case 'boolean':
      return '`true` or `false`';
    default:
      return `a ${expected}`;
  }
}

function fieldSchema(schema: z.ZodType, field: string | undefined): z.ZodType | undefined {
  if (field === undefined) return undefined;
  const shape = (schema as { shape?: Record<string, z.ZodType> }).shape;
  return shape?.[field];
}

function explain(issue: z.core.$ZodIssue, schema: z.ZodType): FrontmatterProblem {
  const path = issue.path;
  const field = typeof path[0] === 'string' ? path[0] : undefined;
  const where = path.length > 0 ? `\`${path.map(String).join('.')}\`` : 'the frontmatter';
  const doc = fieldSchema(schema, field) ? fieldDoc(fieldSchema(schema, field)!) : undefined;
  let message: string;
  if (issue.code === 'invalid_type') {
    const input = (issue as { input?: unknown }).input;
    message =
      input === undefined
        ? `Missing required field ${where}, expected ${expectedWording(issue.expected)}`
        : `Unexpected ${describeInput(input)} in ${where}, expected ${expectedWording(issue.expected)}`;
  } else if (issue.code === 'unrecognized_keys') {
    message = `Unexpected field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `\`${key}\``).join(', ')} in ${where}`;
  } else {
    // A refinement's own words ("Expected an IANA time zone name…") become the "expected" half.
    message = /^Expected /.test(issue.message)
      ? `Unexpected value in ${where}, e${issue.message.slice(1)}`
      : `Unexpected value in ${where}: ${issue.message}`;
  }
  return { path, field, message, example: doc?.example };
}

/** Rewords zod issues so each names its field, what was expected and gives an example. */
export function explainIssues(issues: readonly z.core.$ZodIssue[], schema: z.ZodType): FrontmatterProblem[] {
  return issues.map((issue) => explain(issue, schema));
}

export type ValidationResult<T> = { success: true; data: T } | { success: false; problems: FrontmatterProblem[] };

/** Validates parsed frontmatter and explains every problem found. */
export function validateFrontmatter<S extends z.ZodType>(schema: S, data: unknown): ValidationResult<z.output<S>> {
  const result = schema.safeParse(data ?? {}, { reportInput: true });
  if (result.success) return { success: true, data: result.data };
  return { success: false, problems: explainIssues(result.error.issues, schema) };
}
