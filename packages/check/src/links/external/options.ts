import { isAbsolute, join } from 'node:path';
import type { RuleContext } from '../../rule.js';
import type { ExternalCheckOptions } from './check-external.js';

/** The option the command line sets for `--external`; the rule does nothing without it. */
export const externalRunOption = 'external';

const defaultCacheFile = 'node_modules/.cache/pressroom/external-links.json';

function number(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

/** The checker's settings from the rule options, ignoring values of the wrong type. */
export function externalOptions(context: RuleContext, warn: (message: string) => void): ExternalCheckOptions {
  const options = context.options;
  const allow = options.allowPrivateHosts;
  const cacheFile = typeof options.cacheFile === 'string' ? options.cacheFile : defaultCacheFile;
  const settings: ExternalCheckOptions = {
    cache: {
      path: isAbsolute(cacheFile) ? cacheFile : join(context.rootDir, cacheFile),
      ttlMs: (number(options.cacheTtlHours) ?? 24) * 3_600_000,
    },
    allowPrivateHosts:
      allow === true ? true : Array.isArray(allow) ? allow.filter((entry): entry is string => typeof entry === 'string').map((entry) => entry.toLowerCase()) : false,
    warn,
  };
  const timeoutMs = number(options.timeoutMs);
  const retries = number(options.retries);
  const perHostConcurrency = number(options.perHostConcurrency);
  const budgetSeconds = number(options.budgetSeconds);
  if (timeoutMs !== undefined) settings.timeoutMs = timeoutMs;
  if (retries !== undefined) settings.retries = Math.floor(retries);
  if (perHostConcurrency !== undefined && perHostConcurrency >= 1) settings.perHostConcurrency = Math.floor(perHostConcurrency);
  if (budgetSeconds !== undefined) settings.budgetMs = budgetSeconds * 1000;
  return settings;
}
