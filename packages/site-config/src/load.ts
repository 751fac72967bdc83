import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { siteConfigSchema, type SiteConfig } from './schema.js';

export const configFileName = 'pressroom.config.json';

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

export function parseSiteConfig(text: string, configPath = configFileName): SiteConfig {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new SiteConfigError(`${configPath}: not valid JSON (${(error as Error).message})`);
  }
  const result = siteConfigSchema.safeParse(json);
  if (!result.success) {
    const details = result.error.issues
      .map((issue) => `  - ${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('\n');
    throw new SiteConfigError(`${configPath}: invalid configuration\n${details}`);
  }
  return result.data;
}

/** Reads and validates the repository's `pressroom.config.json`. */
export function loadSiteConfig(fromDir: string = process.cwd()): LoadedSiteConfig {
  const configPath = findConfigFile(fromDir);
  if (!configPath) {
    throw new SiteConfigError(
      `No ${configFileName} found in ${resolve(fromDir)} or any folder above it. Run the command inside the repository.`,
    );
  }
  return { rootDir: dirname(configPath), configPath, config: parseSiteConfig(readFileSync(configPath, 'utf8'), configPath) };
}
