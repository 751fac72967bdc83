import { expect, test } from 'vitest';
import { fixtureCopy, runCli } from './helpers/cli.js';

test('dictionaries that outgrow the memory bound of their thread stop the run, naming the bound to raise', async () => {
  const dir = fixtureCopy('mixed');
  const bounded = await runCli(['check', '--no-cache', '--format', 'json'], dir, { PRESSROOM_DICTIONARY_HEAP_MB: '16' });
  expect(bounded.code).toBe(2);
  expect(bounded.stderr).toContain('The spelling dictionaries need more than 16 MB of memory');
  expect(bounded.stderr).toContain('PRESSROOM_DICTIONARY_HEAP_MB');
  // Within the default bound the same files are checked, and their typos found.
  const run = await runCli(['check', '--no-cache', '--format', 'json'], dir);
  expect(run.code).toBe(1);
  expect((JSON.parse(run.stdout) as { diagnostics: { ruleId: string }[] }).diagnostics.some((diagnostic) => diagnostic.ruleId === 'spelling')).toBe(true);
});
