import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { check } from '../../src/run/check.js';
import { repoConfig } from '../helpers/config.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/yaml/${name}`, import.meta.url), 'utf8');

async function findings(name: string) {
  const config = repoConfig();
  const result = await check({
    config: { ...config, checks: { ...config.checks, rules: { ...config.checks.rules, spelling: 'off' } } },
    sources: [{ relativePath: `content/docs/${name}`, bytes: fixture(name) }],
  });
  return result.files[0]!.diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`);
}

test('a YAML alias bomb is one YAML error at its first alias, not a page without its title', async () => {
  const found = await findings('alias-bomb.md');
  expect(found).toEqual([
    '5:8 frontmatter-yaml Unexpected YAML: Excessive alias count indicates a resource exhaustion attack, expected a valid YAML mapping',
  ]);
});

test('a few aliases, as a person writes them, are read as usual', async () => {
  const found = await findings('few-aliases.md');
  expect(found.filter((line) => / frontmatter-(yaml|schema) /.test(line))).toEqual([]);
});
