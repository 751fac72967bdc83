import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe as suite, expect, test } from 'vitest';
import { check } from '../../src/run/check.js';
import { repoConfig } from '../helpers/config.js';

/**
 * Docs content written as Starlight users write it, one trait a file, checked as the docs site
 * (`content/docs/`) and, for the blog's file, as the blog. `manifest.json` lists every finding the
 * fixtures must give, per policy: nothing else may be reported.
 */
const fixtures = fileURLToPath(new URL('../fixtures/starlight/', import.meta.url));
const manifest = JSON.parse(readFileSync(join(fixtures, 'manifest.json'), 'utf8')) as Record<'trusted' | 'untrusted', Record<string, string[]>>;

function sources() {
  return ['docs', 'blog'].flatMap((site) =>
    readdirSync(join(fixtures, site)).map((name) => ({
      relativePath: `content/${site}/${name}`,
      bytes: readFileSync(join(fixtures, site, name)),
    })),
  );
}

async function findings(untrusted: boolean): Promise<Record<string, string[]>> {
  const config = repoConfig();
  const result = await check({ config: { ...config, checks: { ...config.checks, untrusted } }, sources: sources() });
  return Object.fromEntries(
    result.files.map((entry) => [
      entry.file.relativePath,
      entry.diagnostics.map((diagnostic) => `${diagnostic.line}:${diagnostic.column} ${diagnostic.severity} ${diagnostic.ruleId}`),
    ]),
  );
}

suite('Starlight content', () => {
  test('the manifest names every fixture', () => {
    const names = sources().map((source) => source.relativePath).sort();
    expect(Object.keys(manifest.trusted).sort()).toEqual(names);
    expect(Object.keys(manifest.untrusted).sort()).toEqual(names);
  });

  test('a trusted run gives exactly the findings the manifest lists', async () => {
    expect(await findings(false)).toEqual(manifest.trusted);
  });

  test('an untrusted run flags every MDX import and expression, as before', async () => {
    expect(await findings(true)).toEqual(manifest.untrusted);
  });
});
