import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { check } from '../../src/run/check.js';
import { loadConfig } from '../../src/run/config.js';

const fixture = fileURLToPath(new URL('../fixtures/toml-frontmatter', import.meta.url));

test('TOML frontmatter is one located error, not missing fields, prose or style findings', async () => {
  const result = await check({ config: loadConfig(fixture), cwd: fixture });
  const post = result.files.find((entry) => entry.file.relativePath === 'content/blog/toml-post.md')!;
  // The block's misspelt `partitons` is not read as prose; the fields are not reported missing.
  expect(post.diagnostics.map((d) => `${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.ruleId} ${d.message}`)).toEqual([
    '1:1-6:4 frontmatter-yaml Unexpected TOML frontmatter (`+++` lines), expected YAML between `---` lines',
  ]);
  expect(post.diagnostics[0]!.note).toContain('`title = "Kafka"` becomes `title: Kafka`');
  // The page still exists for the links into it.
  const index = result.files.find((entry) => entry.file.relativePath === 'content/docs/index.md')!;
  expect(index.diagnostics).toEqual([]);
});
