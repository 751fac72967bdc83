import { loadSiteConfig, SiteConfigError, type LoadedSiteConfig } from '@pressroom/site-config';
import { z } from 'zod';
import { CheckConfigError } from './config-error.js';
import { defaultInputLimits, defaultMaxFileBytes } from '../input/read.js';
import type { Severity } from '../rule.js';

// Its own module, so that threads which only report it (the dictionary thread) need not load the config's schema.
export { CheckConfigError } from './config-error.js';

const severity = z.enum(['error', 'warning', 'off']);

const ruleSettingSchema = z.union([severity, z.tuple([severity]), z.tuple([severity, z.record(z.string(), z.unknown())])]);

/** The `checks` section of `pressroom.config.json`. */
export const checksConfigSchema = z
  .object({
    /** Severity, or `[severity, options]`, per rule id (style rules by their remark-lint id). */
    rules: z.record(z.string(), ruleSettingSchema).default({}),
    /**
     * Untrusted-content policy (pull requests from forks): every `security-*` rule becomes an
     * error unless `rules` names it explicitly. `PRESSROOM_UNTRUSTED=1` in the environment turns
     * it on as well.
     */
    untrusted: z.boolean().default(false),
    /** Larger files are reported and skipped. */
    maxFileSize: z.number().int().positive().default(defaultMaxFileBytes),
    /** Deeper list or blockquote nesting is reported and the file is not parsed. */
    maxNesting: z.number().int().positive().default(defaultInputLimits.maxNesting),
    /** Longer lines (in characters) are reported and the file is not parsed. */
    maxLineLength: z.number().int().positive().default(defaultInputLimits.maxLineLength),
    /** Glob patterns (relative to the root) left out of the default file set. */
    ignore: z.array(z.string()).default([]),
  })
  .strict();

export type ChecksConfig = z.output<typeof checksConfigSchema>;

export interface ResolvedConfig {
  site: LoadedSiteConfig;
  checks: ChecksConfig;
}

export function loadConfig(cwd: string): ResolvedConfig {
  let site: LoadedSiteConfig;
  try {
    site = loadSiteConfig(cwd);
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
  return { site, checks: { ...parsed.data, untrusted } };
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
