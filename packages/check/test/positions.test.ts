import { expect, test } from 'vitest';
import { check } from '../src/engine.js';
import { repoConfig } from './helpers/config.js';

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
