import { externalRunOption } from '../links/external/options.js';
import type { ResolvedConfig } from '../run/config.js';

export interface ExternalFlags {
  /** `--allow-private-hosts`: let the external check reach private and loopback addresses. */
  allowPrivateHosts: boolean;
}

/**
 * The configuration of a run with the external link check on (`--external`): the severity and
 * options `pressroom.config.json` gives `link-external` are kept, and a rule configured `off`
 * stays off. The loaded configuration is left as it is.
 */
export function withExternalLinks(config: ResolvedConfig, flags: ExternalFlags): ResolvedConfig {
  const configured = config.checks.rules['link-external'];
  const severity = configured === undefined ? 'error' : typeof configured === 'string' ? configured : configured[0];
  const options = Array.isArray(configured) ? { ...(configured[1] ?? {}) } : {};
  options[externalRunOption] = true;
  if (flags.allowPrivateHosts) options.allowPrivateHosts = true;
  return { ...config, checks: { ...config.checks, rules: { ...config.checks.rules, 'link-external': [severity, options] } } };
}
