import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { headingPunctuation } from '@pressroom/remark-preset-lint';
import { describe as suite, expect, test } from 'vitest';
import { check } from '../../src/run/check.js';
import { generateRuleReference, readRuleDocs, type RuleExample } from '../../src/rules/docs.js';
import { rules } from '../../src/rules/index.js';
import { styleRuleIds } from '../../src/rules/style.js';
import { ruleUrl } from '../../src/rules/url.js';
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
        // Rules an example runs along (the findings a disable comment hides), and a severity for a
        // rule that is off by default.
        const along = [...new Set(inputs.flatMap((example) => example.with))];
        const severity = inputs.find((example) => example.severity)?.severity;
        const locales = inputs.find((example) => example.locales)?.locales;
        let exampleConfig = severity ? { ...config, checks: { ...config.checks, rules: { ...config.checks.rules, [rule.meta.id]: severity } } } : config;
        if (locales) {
          const siteConfig = exampleConfig.site.config;
          const docsSite = { ...siteConfig.sites.docs, locales: Object.fromEntries(Object.entries(locales).map(([key, locale]) => [key, { dir: 'ltr' as const, ...locale }])) };
          exampleConfig = { ...exampleConfig, site: { ...exampleConfig.site, config: { ...siteConfig, sites: { ...siteConfig.sites, docs: docsSite } } } };
        }
        const result = await check({
          config: exampleConfig,
          sources: inputs.map((example) => ({ relativePath: `content/${example.name}`, bytes: example.body })),
          rules: [rule, ...rules.filter((other) => along.includes(other.meta.id))],
          style: along.some((id) => styleRuleIds().includes(id)),
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

test('the rule reference in the docs is generated from the current headers, one page per family', () => {
  const pages = generateRuleReference({ rules, docs, styleRuleIds: styleRuleIds(), headingPunctuation });
  const folder = join(repoRoot, 'content/docs/reference/rules');
  expect(readdirSync(folder).sort(), 'run `pnpm --filter @pressroom/check rules-doc`').toEqual(pages.map((page) => page.path).sort());
  for (const page of pages) {
    expect(readFileSync(join(folder, page.path), 'utf8'), `${page.path}: run \`pnpm --filter @pressroom/check rules-doc\``).toBe(page.markdown);
  }
});

test("each rule's URL is its heading on the page of its family", () => {
  const pages = new Map(generateRuleReference({ rules, docs, styleRuleIds: styleRuleIds(), headingPunctuation }).map((page) => [page.path, page.markdown]));
  const ids = [...rules.map((rule) => rule.meta.id), ...styleRuleIds(), 'pressroom-internal'];
  for (const id of ids) {
    const url = new URL(ruleUrl(config.site.config, id));
    expect(url.hash).toBe(`#${id}`);
    const page = url.pathname.replace(/^\/reference\/rules\//, '').replace(/\/$/, '') || 'index';
    // The id is a heading of that page, and of no other.
    const holders = [...pages].filter(([, markdown]) => new RegExp(`^#{2,3} ${id}$`, 'm').test(markdown)).map(([path]) => path);
    expect(holders, id).toEqual([`${page}.md`]);
  }
  for (const rule of rules) expect(ruleUrl(config.site.config, rule.meta.id), rule.meta.id).toContain(`/${rule.meta.family === 'link' ? 'links' : rule.meta.family}/#`);
});
