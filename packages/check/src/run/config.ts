import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { checksConfigSchema, configFileName, findConfigFile, isLightConfig, lightConfigSchema, loadSiteConfig, parseSiteConfig, SiteConfigError, type ChecksConfig, type LoadedSiteConfig } from '@pressroom/site-config';
import { CheckConfigError } from './config-error.js';
import type { Severity } from '../rule.js';
import { configuredLayout, detectRepository, lightRepository, type RepositoryLayout } from './layout.js';

// Its own module, so that threads which only report it (the dictionary thread) need not load the config's schema.
export { CheckConfigError } from './config-error.js';

// The section's schema lives with the rest of the file's, so the JSON Schema and the docs come from one place.
export { checksConfigSchema, type ChecksConfig } from '@pressroom/site-config';

export interface ResolvedConfig {
  site: LoadedSiteConfig;
  checks: ChecksConfig;
  /** Which sites the repository has and where their frontmatter schemas come from. */
  layout: RepositoryLayout;
}

export interface LoadConfigOptions {
  /** `--config`: this file (relative to `cwd`) instead of the nearest `pressroom.config.json`. */
  configPath?: string;
}

/**
 * The configuration of a run: the nearest `pressroom.config.json` above `cwd` (or the file
 * `--config` names), or, in a repository without one, the defaults for plain Markdown with any
 * Starlight site found in it.
 */
export function loadConfig(cwd: string, options: LoadConfigOptions = {}): ResolvedConfig {
  let site: LoadedSiteConfig;
  let layout: RepositoryLayout;
  try {
    const configPath = options.configPath !== undefined ? resolve(cwd, options.configPath) : findConfigFile(cwd);
    const light = configPath === undefined ? undefined : lightConfig(configPath);
    if (configPath !== undefined && light) {
      const repository = lightRepository(dirname(configPath), light);
      const named = [...light.content.map((path) => ['content', path]), ...Object.entries(light.sites).map(([name, site]) => [`sites.${name}.contentDir`, site.contentDir])];
      for (const [key, path] of named) {
        // A folder that is not there would leave its files unchecked without a word.
        if (!existsSync(resolve(repository.rootDir, path!))) throw new CheckConfigError(`${configPath}: Unexpected ${key} \`${path}\`: no such file or folder, expected a path relative to ${repository.rootDir}`);
      }
      site = { rootDir: repository.rootDir, configPath, config: { ...repository.config, ...(light.checks === undefined ? {} : { checks: light.checks as ChecksConfig }) } };
      layout = repository.layout;
    } else if (configPath !== undefined) {
      site = options.configPath === undefined ? loadSiteConfig(cwd) : loadNamedConfig(cwd, options.configPath);
      layout = configuredLayout(site.config, site.rootDir);
    } else {
      const detected = detectRepository(cwd);
      site = { rootDir: detected.rootDir, configPath: '(no pressroom.config.json: defaults)', config: detected.config };
      layout = detected.layout;
    }
  } catch (error) {
    if (error instanceof SiteConfigError) throw new CheckConfigError(error.message);
    throw error;
  }
  const parsed = checksConfigSchema.safeParse(site.config.checks ?? {});
  if (!parsed.success) {
    const details = parsed.error.issues
      .map((issue) => `  - checks.${issue.path.map(String).join('.') || '(section)'}: ${issue.message}`)
      .join('\n');
    throw new CheckConfigError(`${site.configPath}: invalid "checks" section\n${details}`);
  }
  // CI sets the variable for pull requests from forks; a PR can edit the config file, not CI's environment.
  const untrusted = parsed.data.untrusted || process.env.PRESSROOM_UNTRUSTED === '1';
  return { site, checks: { ...parsed.data, untrusted }, layout };
}

/**
 * The file as a light config (no sites to build, only what to check: `pressroom init` writes
 * one), or `undefined` when it is a Pressroom monorepo's config or cannot be read (the site
 * config's loader then says what is wrong).
 */
function lightConfig(configPath: string) {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(configPath, 'utf8'));
  } catch {
    return undefined;
  }
  if (!isLightConfig(json)) return undefined;
  const parsed = lightConfigSchema.safeParse(json);
  if (!parsed.success) {
    const details = parsed.error.issues
      .map((issue) => `  - ${issue.path.map(String).join('.') || '(root)'}: ${issue.code === 'unrecognized_keys' ? `Unexpected key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}, expected one of $schema, content, sites, checks (or author, repository and sites for a Pressroom monorepo)` : issue.message}`)
      .join('\n');
    throw new CheckConfigError(`${configPath}: invalid configuration\n${details}`);
  }
  return parsed.data;
}

/** A configuration file named on the command line: its folder is the repository root. */
function loadNamedConfig(cwd: string, named: string): LoadedSiteConfig {
  const configPath = resolve(cwd, named);
  let text: string;
  try {
    text = readFileSync(configPath, 'utf8');
  } catch (error) {
    throw new CheckConfigError(`Unexpected --config ${named}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}, expected the path of a ${configFileName}`);
  }
  return { rootDir: dirname(configPath), configPath, config: parseSiteConfig(text, configPath) };
}

export interface RuleSetting {
  severity: Severity;
  options: Record<string, unknown>;
}

export function ruleSetting(
  checks: ChecksConfig,
  id: string,
  family: string,
  defaultSeverity: Severity,
): RuleSetting {
  const configured = checks.rules[id];
  if (configured !== undefined) {
    if (typeof configured === 'string') return { severity: configured, options: {} };
    return { severity: configured[0], options: configured[1] ?? {} };
  }
  if (checks.untrusted && family === 'security') return { severity: 'error', options: {} };
  return { severity: defaultSeverity, options: {} };
}
