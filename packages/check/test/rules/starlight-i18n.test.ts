import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSiteConfig } from '@pressroom/site-config';
import { describe as suite, expect, test } from 'vitest';
import { check } from '../../src/run/check.js';
import type { ResolvedConfig } from '../../src/run/config.js';
import { configuredLayout } from '../../src/run/layout.js';
import { repoConfig, repoRoot } from '../helpers/config.js';

/**
 * A docs site in several languages, written as Starlight users write one: an English root, French,
 * Brazilian Portuguese and Arabic (right to left); labelled asides, MDX with Starlight's
 * components, pages a locale has not translated, and titles translations share. The fixture is the
 * root of its run, with its own cspell configuration (code skipped, each locale's own words).
 * `manifest.json` holds the site's `locales` and lists every finding the check must give, one
 * entry a finding: nothing else may be reported.
 */
const fixture = fileURLToPath(new URL('../fixtures/starlight-i18n/', import.meta.url));
const contentDir = 'docs';

interface Manifest {
  /** `sites.docs` keys of `pressroom.config.json` (the locales). */
  docs: Record<string, unknown>;
  /** `checks.rules` for the run. */
  rules: Record<string, unknown>;
  /** `<path in the docs folder> <line>:<column> <severity> <rule>`. */
  findings: string[];
  /** What `link-untranslated-target` adds when it is turned on. */
  untranslatedTargets: string[];
}

const manifest = JSON.parse(readFileSync(join(fixture, 'manifest.json'), 'utf8')) as Manifest;

function fixtureConfig(rules: Record<string, unknown>): ResolvedConfig {
  const repo = repoConfig();
  const json = JSON.parse(readFileSync(join(repoRoot, 'pressroom.config.json'), 'utf8'));
  json.sites.docs = { ...json.sites.docs, ...manifest.docs, contentDir };
  // Validated as the repository's own file is: the locales are in the shape the docs app reads.
  const config = parseSiteConfig(JSON.stringify(json), join(fixture, 'manifest.json'));
  return {
    site: { ...repo.site, rootDir: fixture, config },
    checks: { ...repo.checks, rules: { ...repo.checks.rules, ...(rules as ResolvedConfig['checks']['rules']) } },
    layout: configuredLayout(config, repoRoot),
  };
}

async function run(rules: Record<string, unknown>) {
  return check({ config: fixtureConfig(rules), paths: [contentDir], cwd: fixture });
}

async function findings(rules: Record<string, unknown>): Promise<string[]> {
  const result = await run(rules);
  return result.files
    .flatMap((entry) =>
      entry.diagnostics.map((diagnostic) => `${entry.file.relativePath.slice(contentDir.length + 1)} ${diagnostic.line}:${diagnostic.column} ${diagnostic.severity} ${diagnostic.ruleId}`),
    )
    .sort();
}

suite('a Starlight site in several languages', () => {
  test('gives exactly the findings the manifest lists: no aside, import, fallback or shared-title finding', async () => {
    expect(await findings(manifest.rules)).toEqual([...manifest.findings].sort());
  });

  test('with link-untranslated-target on, also each link to a page its locale has not translated', async () => {
    expect(await findings({ ...manifest.rules, 'link-untranslated-target': 'warning' })).toEqual([...manifest.findings, ...manifest.untranslatedTargets].sort());
  });

  test("a link that skips its locale names the translation, without an anchor the translation's headings do not have", async () => {
    const result = await run(manifest.rules);
    const messages = result.files.flatMap((entry) => entry.diagnostics).filter((diagnostic) => diagnostic.ruleId === 'link-skips-locale').map((diagnostic) => diagnostic.message);
    expect(messages).toEqual([
      'Unexpected link to `/reference/options/` in the default locale from a `fr` page, expected `/fr/reference/options/`: the page is translated',
    ]);
  });
});
