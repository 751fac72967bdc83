import { fileURLToPath } from 'node:url';
import { loadConfig, type ResolvedConfig } from '../../src/run/config.js';
import type { Diagnostic } from '../../src/run/check.js';

export const packageDir = fileURLToPath(new URL('../..', import.meta.url));
export const repoRoot = fileURLToPath(new URL('../../../..', import.meta.url));

/** The repository's own config: its sites, its cspell configuration and its word list. */
export function repoConfig(): ResolvedConfig {
  return loadConfig(repoRoot);
}

/** `3:1-3:9: message`, remark-lint's notation, with the file first when asked. */
export function describe(diagnostic: Diagnostic, withFile = false): string {
  const end =
    diagnostic.endLine === diagnostic.line && diagnostic.endColumn === diagnostic.column
      ? ''
      : `-${diagnostic.endLine}:${diagnostic.endColumn}`;
  return `${withFile ? `${diagnostic.file}:` : ''}${diagnostic.line}:${diagnostic.column}${end}: ${diagnostic.message}`;
}
