import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { check } from '../../src/run/check.js';
import { defineRule } from '../../src/rule.js';
import { rules } from '../../src/rules/index.js';
import { fixtureCopy, runCli } from '../helpers/cli.js';
import { repoConfig } from '../helpers/config.js';

interface Output {
  files: number;
  diagnostics: { file: string; line: number; column: number; ruleId: string; severity: string; message: string }[];
}

test('bad input: each file gets a located finding and the run goes on over the others', async () => {
  const dir = fixtureCopy('mixed');
  const blog = join(dir, 'content/blog');
  const good = (title: string) =>
    `---\ntitle: ${title}\ndescription: A fine post about events.\npubDatetime: 2025-01-01\n---\n\nA fine post about events.\n`;
  writeFileSync(join(blog, 'binary.md'), Buffer.concat([Buffer.from('---\ntitle: x\n---\n\nab'), Buffer.from([0, 1, 2, 255])]));
  writeFileSync(join(blog, 'latin1.md'), Buffer.concat([Buffer.from('---\ntitle: Caf'), Buffer.from([0xe9]), Buffer.from('\n---\n')]));
  writeFileSync(join(blog, 'empty.md'), '');
  writeFileSync(join(blog, 'bom.md'), `\uFEFF${good('With a mark')}`);
  writeFileSync(join(blog, 'crlf.md'), good('With CRLF').replaceAll('\n', '\r\n'));
  writeFileSync(join(blog, 'huge.md'), `${good('Huge')}${'word '.repeat(600_000)}\n`);
  mkdirSync(join(blog, 'folder.md'));
  symlinkSync(join(dir, 'does-not-exist.md'), join(blog, 'dangling.md'));
  writeFileSync(join(blog, 'broken-yaml.md'), '---\ntitle: [unclosed\npubDatetime: 2025-01-01\n---\n\nText.\n');
  const run = await runCli(
    [
      'check',
      '--format',
      'json',
      ...['binary', 'latin1', 'empty', 'bom', 'crlf', 'huge', 'folder', 'dangling', 'broken-yaml', 'good'].map((name) => `content/blog/${name}.md`),
    ],
    dir,
  );
  expect(run.stderr).not.toMatch(/\n\s+at /);
  const output = JSON.parse(run.stdout) as Output;
  expect(output.files).toBe(10);
  const found = output.diagnostics
    .filter((d) => d.ruleId.startsWith('input-') || d.ruleId === 'frontmatter-yaml')
    .map((d) => `${d.file.replace('content/blog/', '')}:${d.line}:${d.column} ${d.ruleId} ${d.message}`);
  expect(found).toEqual([
    'binary.md:5:3 input-unreadable Unexpected NUL byte, expected a text file (is this a binary file?)',
    'bom.md:1:1 input-bom Unexpected byte order mark, expected UTF-8 without BOM',
    'broken-yaml.md:3:1 frontmatter-yaml Unexpected YAML: Flow sequence in block collection must be sufficiently indented and end with a ], expected a valid YAML mapping',
    'crlf.md:1:4 input-newline Unexpected CRLF line endings, expected LF',
    expect.stringMatching(/^dangling\.md:1:1 input-special-file Unexpected dangling symlink to `[^`]*does-not-exist\.md`, whose target does not exist, expected a regular Markdown file; it was not read/),
    'empty.md:1:1 input-empty Unexpected empty file, expected frontmatter and content',
    'folder.md:1:1 input-unreadable Unexpected folder, expected a Markdown file',
    expect.stringMatching(/^huge\.md:1:1 input-unreadable Unexpected file of \d+ bytes, expected at most 2097152 bytes/),
    'latin1.md:2:11 input-unreadable Unexpected byte sequence that is not UTF-8, expected a UTF-8 file',
  ]);
  // The BOM and CRLF files are read correctly: no other finding on them.
  expect(output.diagnostics.filter((d) => d.file.endsWith('/bom.md') || d.file.endsWith('/crlf.md')).map((d) => d.ruleId)).toEqual([
    'input-bom',
    'input-newline',
  ]);
  expect(run.code).toBe(1);
});

test('a rule that throws becomes a located pressroom-internal error, and the other rules still run', async () => {
  const broken = defineRule({
    meta: { id: 'frontmatter-broken', family: 'frontmatter', defaultSeverity: 'error', description: 'Throws.' },
    check() {
      throw new TypeError('cannot read properties of undefined');
    },
  });
  const result = await check({
    config: repoConfig(),
    sources: [{ relativePath: 'content/docs/page.md', bytes: '---\ntitle: A page\n---\n\n<script>x</script>\n' }],
    rules: [broken, ...rules.filter((rule) => rule.meta.family === 'security')],
    style: false,
  });
  const found = result.files[0]!.diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.severity}`);
  expect(found).toEqual(['1:1 pressroom-internal error', '5:1 security-script warning']);
  expect(result.files[0]!.diagnostics[0]!.message).toContain('rule frontmatter-broken: cannot read properties of undefined');
  // The same findings as unified vfile messages.
  const messages = result.files[0]!.messages;
  expect(messages.map((m) => [m.ruleId, m.source, m.line, m.column, m.fatal])).toEqual([
    ['pressroom-internal', 'pressroom', 1, 1, true],
    ['security-script', 'pressroom', 5, 1, false],
  ]);
  expect(messages[1]!.url).toBe('https://docs.pressroom.example/reference/rules/security/#security-script');
});

test('a file with old Mac line endings (CR only) gets its findings, not an internal error from the style rules', async () => {
  const text = '---\rtitle: Old Mac\rdescription: Lines end in carriage returns only.\r---\r\rSome text   \rwith www.example.com in it.\r';
  const result = await check({ config: repoConfig(), sources: [{ relativePath: 'content/docs/old-mac.md', bytes: text }] });
  const ids = result.files[0]!.diagnostics.map((d) => d.ruleId);
  expect(ids).not.toContain('pressroom-internal');
  expect(ids).toContain('no-literal-urls');
});

test('trailing whitespace before a CRLF line ending ends before the `\\r`, and every finding is inside the file', async () => {
  const text = '---\r\ntitle: Endings\r\ndescription: Trailing tabs before carriage returns.\r\n---\r\n\r\nSome text\t\r\nMore text\t\rlast line\n';
  const result = await check({ config: repoConfig(), sources: [{ relativePath: 'content/docs/endings.md', bytes: text }] });
  const trailing = result.files[0]!.diagnostics.filter((d) => d.ruleId === 'no-trailing-spaces').map((d) => `${d.line}:${d.column}-${d.endLine}:${d.endColumn}`);
  expect(trailing).toEqual(['6:10-6:11']);
});
