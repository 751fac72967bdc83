import { expect, test } from 'vitest';
import { fixtureCopy, runCli } from '../helpers/cli.js';

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

test('a run that lets the dictionaries go gives the same findings, and the next run loads them again', async () => {
  // The dictionaries have a thread of their own only in the built package.
  const bundle = new URL('../../dist/index.js', import.meta.url).href;
  const { check, loadConfig } = (await import(bundle)) as typeof import('../../src/index.js');
  const config = loadConfig(fixtureCopy('mixed'));
  const sources = [{ relativePath: 'content/blog/post.md', bytes: '---\ntitle: A post\ndescription: A post with a typo in it, for the tests.\npubDatetime: 2025-01-15\n---\n\nConsumers share the partitons.\n' }];
  const findings = (result: Awaited<ReturnType<typeof check>>) => result.files.flatMap((file) => file.diagnostics.map((d) => `${d.line} ${d.ruleId} ${d.message}`));
  const loadTime = (result: Awaited<ReturnType<typeof check>>) => result.timings.get('dictionaries: load (elapsed)') ?? 0;

  const first = await check({ config, sources, cache: false });
  expect(findings(first).some((finding) => finding.includes('partitons'))).toBe(true);
  // Kept: the next run asks the loaded dictionaries.
  const kept = await check({ config, sources, cache: false, keepDictionaries: false });
  expect(loadTime(kept)).toBe(0);
  expect(findings(kept)).toEqual(findings(first));
  // Let go by the run before: this one loads them again.
  const reloaded = await check({ config, sources, cache: false });
  expect(loadTime(reloaded)).toBeGreaterThan(0);
  expect(findings(reloaded)).toEqual(findings(first));
});
