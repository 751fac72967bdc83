import { readFileSync } from 'node:fs';

/**
 * This package's version, from its `package.json`: one folder up from the bundle in `dist/`, two
 * up from this module when the sources run as they are (tests).
 */
export function packageVersion(): string {
  for (const path of ['../package.json', '../../package.json']) {
    try {
      const json = JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (json.name === '@pressroom/check') return json.version ?? '0.0.0';
    } catch {
      // Not this one.
    }
  }
  return '0.0.0';
}
