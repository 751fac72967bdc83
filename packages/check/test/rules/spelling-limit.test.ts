import { expect, test } from 'vitest';
import { check } from '../../src/run/check.js';
import { repoConfig } from '../helpers/config.js';

const post = (body: string) => `---\ntitle: Spelling\ndescription: A page with typos.\n---\n\n${body}\n`;

test('past the suggestion limit every unknown word is still reported, only without suggestions', async () => {
  const config = repoConfig();
  const result = await check({
    config: { ...config, checks: { ...config.checks, rules: { ...config.checks.rules, spelling: ['error', { suggestionLimit: 2 }] } } },
    sources: [
      { relativePath: 'content/docs/one.md', bytes: post('An anology of streems.') },
      { relativePath: 'content/docs/two.md', bytes: post('We recieve an anology and a zorblaxify.') },
    ],
    style: false,
  });
  const spelling = result.files.flatMap((entry) =>
    entry.diagnostics.filter((d) => d.ruleId === 'spelling').map((d) => `${d.file.replace('content/docs/', '')} ${d.message.match(/`([^`]+)`/)?.[1]} ${d.suggestions?.length ? 'suggested' : 'bare'}`),
  );
  // The limit is per file, in the order words first occur: the first two distinct unknown words of
  // each file get suggestions, the made-up third one of the second file is reported bare. What a
  // file shows does not depend on the other files of the run.
  expect(spelling).toEqual(['one.md anology suggested', 'one.md streems suggested', 'two.md recieve suggested', 'two.md anology suggested', 'two.md zorblaxify bare']);
});

test('one file shows the same suggestions alone as in a run with other files', async () => {
  const config = repoConfig();
  const limited = { ...config, checks: { ...config.checks, rules: { ...config.checks.rules, spelling: ['error', { suggestionLimit: 1 }] as ['error', Record<string, unknown>] } } };
  const two = { relativePath: 'content/docs/two.md', bytes: post('We recieve an anology.') };
  const alone = await check({ config: limited, sources: [two], style: false });
  const together = await check({ config: limited, sources: [{ relativePath: 'content/docs/one.md', bytes: post('An anology of streems.') }, two], style: false });
  const shown = (result: typeof alone) =>
    result.files.find((entry) => entry.file.relativePath === two.relativePath)!.diagnostics.filter((d) => d.ruleId === 'spelling').map((d) => `${d.message.match(/`([^`]+)`/)?.[1]} ${d.suggestions?.length ? 'suggested' : 'bare'}`);
  expect(shown(alone)).toEqual(['recieve suggested', 'anology bare']);
  expect(shown(together)).toEqual(shown(alone));
});

test('with the default limit a misspelling gets its suggestions', async () => {
  const config = repoConfig();
  const result = await check({ config, sources: [{ relativePath: 'content/docs/one.md', bytes: post('We recieve it.') }], style: false });
  const found = result.files[0]!.diagnostics.find((d) => d.ruleId === 'spelling');
  expect(found?.suggestions).toContain('receive');
});
