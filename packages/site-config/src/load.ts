import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { siteConfigSchema, type SiteConfig } from './schema.js';

export const configFileName = 'pressroom.config.json';

/** Names the configuration file to use instead of the nearest one above the current folder. */
export const configEnvironmentVariable = 'PRESSROOM_CONFIG';

export interface LoadedSiteConfig {
  /** The folder that holds `pressroom.config.json`: the repository root. */
  rootDir: string;
  configPath: string;
  config: SiteConfig;
}

export class SiteConfigError extends Error {
  override name = 'SiteConfigError';
}

/** Walks up from `fromDir` to the nearest `pressroom.config.json`. */
export function findConfigFile(fromDir: string = process.cwd()): string | undefined {
  let dir = resolve(fromDir);
  for (;;) {
    const candidate = join(dir, configFileName);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** The keys an object of the schema accepts at a path of the file, for "expected one of". */
function keysAt(path: readonly PropertyKey[]): string[] {
  let schema: z.ZodType = siteConfigSchema;
  for (const key of [...path, undefined]) {
    // Look through `.optional()` and `.default()` to the object itself.
    while (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault || schema instanceof z.ZodPrefault) schema = schema.unwrap() as z.ZodType;
    if (!(schema instanceof z.ZodObject)) return [];
    if (key === undefined) return Object.keys(schema.shape);
    const next = (schema.shape as Record<string, z.ZodType>)[String(key)];
    if (!next) return [];
    schema = next;
  }
  return [];
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.join('.') || '(root)';
  if (issue.code === 'unrecognized_keys') {
    const expected = keysAt(issue.path);
    const keys = issue.keys.map((key) => `"${key}"`).join(', ');
    return `${where}: Unexpected key${issue.keys.length > 1 ? 's' : ''} ${keys}${expected.length > 0 ? `, expected one of ${expected.join(', ')}` : ''}`;
  }
  // A record key that fails its own schema: say why, not just "Invalid key in record".
  if (issue.code === 'invalid_key' && issue.issues.length > 0) {
    return `${where}: Unexpected key "${String(issue.path.at(-1))}": ${issue.issues.map((inner) => inner.message).join('; ')}`;
  }
  return `${where}: ${issue.message}`;
}

export function parseSiteConfig(text: string, configPath = configFileName): SiteConfig {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new SiteConfigError(`${configPath}: not valid JSON (${(error as Error).message})`);
  }
  const result = siteConfigSchema.safeParse(json);
  if (!result.success) {
    const details = result.error.issues.map((issue) => `  - ${describeIssue(issue)}`).join('\n');
    throw new SiteConfigError(`${configPath}: invalid configuration\n${details}`);
  }
  return result.data;
}

/**
 * Reads and validates the repository's `pressroom.config.json`. Without `fromDir`, the file named
 * by `PRESSROOM_CONFIG` wins over the search from the current folder: a site can then be built
 * from another content tree (a fixture, a second blog) without moving its app.
 */
export function loadSiteConfig(fromDir?: string): LoadedSiteConfig {
  const named = fromDir === undefined ? process.env[configEnvironmentVariable] : undefined;
  if (named) {
    const configPath = resolve(named);
    let text: string;
    try {
      text = readFileSync(configPath, 'utf8');
    } catch (error) {
      throw new SiteConfigError(
        `Unexpected ${configEnvironmentVariable}=${named}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}, expected the path of a ${configFileName}. Unset it to use the nearest ${configFileName}.`,
      );
    }
    return { rootDir: dirname(configPath), configPath, config: parseSiteConfig(text, configPath) };
  }
  fromDir ??= process.cwd();
  const configPath = findConfigFile(fromDir);
  if (!configPath) {
    throw new SiteConfigError(
      `No ${configFileName} found in ${resolve(fromDir)} or any folder above it. Run the command inside the repository.`,
    );
  }
  return { rootDir: dirname(configPath), configPath, config: parseSiteConfig(readFileSync(configPath, 'utf8'), configPath) };
}
