import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { headingPunctuation } from '@pressroom/remark-preset-lint';
import { describe as suite, expect, test } from 'vitest';
import { check } from '../../src/run/check.js';
import { generateRuleReference, readRuleDocs, type RuleExample } from '../../src/rules/docs.js';
import { rules } from '../../src/rules/index.js';
import { styleRuleIds } from '../../src/rules/style.js';
import { describe, packageDir, repoConfig, repoRoot } from '../helpers/config.js';

const config = repoConfig();
const docs = readRuleDocs(packageDir, rules);

function groupCases(examples: RuleExample[]): Map<string, RuleExample[]> {
  const cases = new Map<string, RuleExample[]>();
  for (const example of examples) {
    const list = cases.get(example.case) ?? [];
    list.push(example);
    cases.set(example.case, list);
  }
  return cases;
}

suite('rule headers', () => {
  test('every rule has a header with an ok example', () => {
    for (const doc of docs) {
      expect(doc.prose.length, doc.id).toBeGreaterThan(40);
      expect(doc.examples.some((example) => example.label === 'ok'), `${doc.id} has an ok example`).toBe(true);
    }
  });

  for (const rule of rules) {
    const doc = docs.find((entry) => entry.id === rule.meta.id)!;
    for (const [name, examples] of groupCases(doc.examples)) {
      test(`${rule.meta.id}: ${name}`, async () => {
        const inputs = examples.filter((example) => example.label !== 'output');
        const multiFile = new Set(inputs.map((example) => example.name)).size > 1;
        const expected = examples
          .filter((example) => example.label === 'output')
          .flatMap((example) =>
            example.body
              .split('\n')
              .filter((line) => line.trim() !== '')
              .map((line) => (multiFile || line.startsWith('content/') ? line : `content/${example.name}:${line}`)),
          )
          .sort();
        const result = await check({
          config,
          sources: inputs.map((example) => ({ relativePath: `content/${example.name}`, bytes: example.body })),
          rules: [rule],
          style: false,
        });
        const actual = result.files
          .flatMap((entry) => entry.diagnostics)
          .map((diagnostic) => describe(diagnostic, true))
          .sort();
        expect(actual).toEqual(expected);
      });
    }
  }
});

test('the rule reference in the docs is generated from the current headers', () => {
  const expected = generateRuleReference({ rules, docs, styleRuleIds: styleRuleIds(), headingPunctuation });
  const committed = readFileSync(join(repoRoot, 'content/docs/reference/rules.md'), 'utf8');
  expect(committed, 'run `pnpm --filter @pressroom/check rules-doc`').toBe(expected);
});
