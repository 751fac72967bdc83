import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { check } from '../../src/run/check.js';
import { loadConfig } from '../../src/run/config.js';

const fixture = fileURLToPath(new URL('../fixtures/toml-frontmatter', import.meta.url));

test('TOML frontmatter is one located error, not missing fields, prose or style findings', async () => {
  const result = await check({ config: loadConfig(fixture), cwd: fixture });
  const post = result.files.find((entry) => entry.file.relativePath === 'content/blog/toml-post.md')!;
  // The fields are not reported missing nor the block as prose or style; its words are spelt as
  // cspell spells every line of a file, frontmatter included.
  expect(post.diagnostics.map((d) => `${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.ruleId} ${d.message}`)).toEqual([
    '1:1-6:4 frontmatter-yaml Unexpected TOML frontmatter (`+++` lines), expected YAML between `---` lines',
    '3:46-3:55 spelling Unexpected unknown word `partitons`, expected a known word such as `partitions`',
  ]);
  expect(post.diagnostics[0]!.note).toContain('`title = "Kafka"` becomes `title: Kafka`');
  // The page still exists for the links into it.
  const index = result.files.find((entry) => entry.file.relativePath === 'content/docs/index.md')!;
  expect(index.diagnostics).toEqual([]);
});
