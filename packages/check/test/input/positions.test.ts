import { expect, test } from 'vitest';
import { check } from '../../src/run/check.js';
import { repoConfig } from '../helpers/config.js';

async function findings(bytes: Uint8Array | string) {
  const config = repoConfig();
  const result = await check({
    config: { ...config, checks: { ...config.checks, rules: { ...config.checks.rules, spelling: 'off' } } },
    sources: [{ relativePath: 'content/docs/positions.md', bytes }],
  });
  return result.files[0]!.diagnostics.map((d) => `${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.ruleId}`);
}

test('a NUL byte after lone carriage returns is reported on its line, as the parser counts lines', async () => {
  const bytes = Buffer.concat([Buffer.from('---\rtitle: x\r---\r\rab'), Buffer.from([0])]);
  expect(await findings(bytes)).toEqual(['5:3-5:3 input-unreadable']);
});

test('a byte that is not UTF-8 after mixed line breaks is reported on its line', async () => {
  const bytes = Buffer.concat([Buffer.from('---\r\ntitle: x\r---\n\rcaf'), Buffer.from([0xe9])]);
  expect(await findings(bytes)).toEqual(['5:4-5:4 input-unreadable']);
});

test('a YAML error at the end of a CRLF line ends on that line, not one column past it', async () => {
  const lines = ['---', 'title: Positions', 'description: A page with a bad key.', 'tags: [a, b', '---', '', 'Text.', ''];
  const crlf = (await findings(lines.join('\r\n'))).filter((line) => line.endsWith('frontmatter-yaml'));
  const lf = (await findings(lines.join('\n'))).filter((line) => line.endsWith('frontmatter-yaml'));
  // `tags: [a, b` is 11 characters: column 12 is its end, 13 would be past it.
  expect(crlf).toEqual(['4:12-4:12 frontmatter-yaml']);
  expect(lf).toEqual(['4:12-5:1 frontmatter-yaml']);
});
