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

test('a run loads only the languages of its files, and lets each go after its last file, with the same findings', async () => {
  const bundle = new URL('../../dist/index.js', import.meta.url).href;
  const { check, loadConfig } = (await import(bundle)) as typeof import('../../src/index.js');
  const findings = (result: Awaited<ReturnType<typeof check>>) => result.files.flatMap((file) => file.diagnostics.map((d) => `${file.file.relativePath}:${d.line}:${d.column} ${d.ruleId} ${d.message}`));
  // The profile names each language whose dictionaries the run loaded, and each it let go.
  const languages = (result: Awaited<ReturnType<typeof check>>, pattern: RegExp) =>
    [...result.timings.keys()].flatMap((phase) => pattern.exec(phase)?.[1] ?? []).sort();
  const loaded = (result: Awaited<ReturnType<typeof check>>) => languages(result, /^dictionaries: load (.+) \(elapsed\)$/);
  const letGo = (result: Awaited<ReturnType<typeof check>>) => languages(result, /^dictionaries: (.+) held until let go \(elapsed\)$/);

  // French pages alone: the English dictionaries are never loaded, not even ahead of the first file.
  const frenchDir = fixtureCopy('spelling-locales');
  const french = await check({ config: loadConfig(frenchDir), cwd: frenchDir, paths: ['content/docs/fr'], cache: false, keepDictionaries: false });
  expect(loaded(french)).toEqual(['fr']);
  expect(letGo(french)).toEqual(['fr']);
  expect(findings(french).filter((finding) => finding.includes(' spelling '))).toEqual([
    'content/docs/fr/index.md:8:27 spelling Unexpected unknown word `erreure`, expected a known word such as `erreur`',
  ]);

  // Every page: each language with a dictionary is let go once its files are checked; Japanese,
  // which has none, only had its settings read. The findings are those of a run that keeps them all.
  const allDir = fixtureCopy('spelling-locales');
  const all = await check({ config: loadConfig(allDir), cache: false, keepDictionaries: false });
  expect(loaded(all)).toEqual(['configuration language', 'de', 'es', 'fr', 'ja']);
  expect(letGo(all)).toEqual(['configuration language', 'de', 'es', 'fr']);
  const keptDir = fixtureCopy('spelling-locales');
  const kept = await check({ config: loadConfig(keptDir), cache: false });
  expect(letGo(kept)).toEqual([]);
  expect(findings(all)).toEqual(findings(kept));
  expect(findings(all).filter((finding) => finding.includes(' spelling '))).toHaveLength(3);
});
