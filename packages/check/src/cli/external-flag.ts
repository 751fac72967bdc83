import type { ChecksConfig } from '../run/config.js';
import { externalRunOption } from '../rules/link/link-external.js';

export interface ExternalFlags {
  /** `--allow-private-hosts`: let the external check reach private and loopback addresses. */
  allowPrivateHosts: boolean;
}

/**
 * Turns on the external link check for this run (`--external`), keeping the severity and options
 * `pressroom.config.json` gives `link-external`; a rule configured `off` stays off.
 */
export function enableExternalLinks(checks: ChecksConfig, flags: ExternalFlags): void {
  const configured = checks.rules['link-external'];
  const severity = configured === undefined ? 'error' : typeof configured === 'string' ? configured : configured[0];
  const options = Array.isArray(configured) ? { ...(configured[1] ?? {}) } : {};
  options[externalRunOption] = true;
  if (flags.allowPrivateHosts) options.allowPrivateHosts = true;
  checks.rules['link-external'] = [severity, options];
}
