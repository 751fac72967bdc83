import { resolve } from 'node:path';
import type { SiteConfig } from './schema.js';

/** An image path written with one of the configured aliases, resolved. */
export interface AliasedPath {
  /** The prefix that matched, e.g. `@/`. */
  alias: string;
  /** The absolute path it points at. */
  path: string;
}

/** The configured aliases, longest prefix first, so `@/images/` wins over `@/`. */
function aliasList(config: SiteConfig): [string, string][] {
  return Object.entries(config.aliases).sort(([a], [b]) => b.length - a.length);
}

/**
 * The file an aliased image path points at (`@/assets/a.png` → `<root>/assets/a.png` with
 * `{ "@/": "./" }`), or `undefined` when no alias starts the path.
 */
export function resolveAlias(config: SiteConfig, rootDir: string, path: string): AliasedPath | undefined {
  for (const [alias, folder] of aliasList(config)) {
    if (path.startsWith(alias)) return { alias, path: resolve(rootDir, folder, path.slice(alias.length)) };
  }
  return undefined;
}

/** The alias a path starts with that looks like one (`@/`, `~/`) but is not configured. */
export function unknownAlias(config: SiteConfig, path: string): string | undefined {
  const prefix = /^([@~][^/\s]*\/)/.exec(path)?.[1];
  return prefix !== undefined && !(prefix in config.aliases) ? prefix : undefined;
}

/** The aliases as the `resolve.alias` entries of a Vite (Astro) config. */
export function aliasPatterns(config: SiteConfig, rootDir: string): { find: RegExp; replacement: string }[] {
  return aliasList(config).map(([alias, folder]) => ({
    find: new RegExp(`^${alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    replacement: `${resolve(rootDir, folder).replaceAll('\\', '/').replace(/\/$/, '')}/`,
  }));
}
