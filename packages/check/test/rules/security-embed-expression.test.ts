import { expect, test } from 'vitest';
import { check } from '../../src/run/check.js';
import { repoConfig } from '../helpers/config.js';

async function security(name: string, body: string) {
  const config = repoConfig();
  const result = await check({
    config: { ...config, checks: { ...config.checks, untrusted: true, rules: { ...config.checks.rules, spelling: 'off' } } },
    sources: [{ relativePath: `content/docs/${name}`, bytes: `---\ntitle: Embeds\ndescription: Embeds and expressions.\n---\n\n${body}\n` }],
    style: false,
  });
  return result.files[0]!.diagnostics.filter((d) => d.ruleId.startsWith('security-')).map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId}`);
}

test('frames, objects and embeds are errors under the policy, in HTML and in MDX JSX', async () => {
  expect(await security('page.md', '<IFRAME srcdoc="x"></IFRAME>\n\nText <object data="x.swf"></object> and <embed src="x.swf">.')).toEqual([
    '6:1 error security-iframe',
    '8:6 error security-iframe',
    '8:41 error security-iframe',
  ]);
  expect(await security('page.mdx', '<iframe src="https://example.com/" />')).toEqual(['6:1 error security-iframe']);
});

test('MDX expressions are errors under the policy, in text, on their own line and in attributes; a comment is not', async () => {
  const body = ['Text {1 + 1} here.', '', '{process.env.HOME}', '', '<Box {...props} title={fetch("x")} />', '', '{/* cspell:ignore Zorblax */}'].join('\n');
  expect(await security('page.mdx', body)).toEqual([
    '6:6 error security-mdx-expression',
    '8:1 error security-mdx-expression',
    '10:6 error security-mdx-expression',
    '10:17 error security-mdx-expression',
  ]);
  // The same text in a `.md` file is prose: no expression runs.
  expect(await security('page.md', body)).toEqual([]);
});
