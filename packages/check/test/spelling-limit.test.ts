import { expect, test } from 'vitest';
import { check } from '../src/engine.js';
import { repoConfig } from './helpers/config.js';

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
  // The limit is per run: `anology` and `streems` spend it in the first file; `anology` keeps its
  // suggestions in the second, `recieve` (which has some) and the made-up word get none.
  expect(spelling).toEqual(['one.md anology suggested', 'one.md streems suggested', 'two.md recieve bare', 'two.md anology suggested', 'two.md zorblaxify bare']);
});

test('with the default limit a misspelling gets its suggestions', async () => {
  const config = repoConfig();
  const result = await check({ config, sources: [{ relativePath: 'content/docs/one.md', bytes: post('We recieve it.') }], style: false });
  const found = result.files[0]!.diagnostics.find((d) => d.ruleId === 'spelling');
  expect(found?.suggestions).toContain('receive');
});
