import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fixtureCopy, jsonReport, runCli } from '../helpers/cli.js';

describe('a mix of good and bad files', () => {
  test('reports every finding of every file and exits 1', async () => {
    const dir = fixtureCopy('mixed');
    const run = await runCli(['check', '--format', 'json'], dir);
    expect(run.code).toBe(1);
    const output = jsonReport(run);
    expect(output.files).toBe(5);
    const found = output.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.ruleId}`);
    expect(found).toEqual([
      'content/blog/bad-frontmatter.md:1:1 error frontmatter-schema',
      'content/blog/bad-frontmatter.md:3:1 error frontmatter-schema',
      'content/blog/bad-frontmatter.md:4:8 warning frontmatter-tag-variant',
      'content/blog/typo.md:8:51 error spelling',
      'content/docs/unsafe.md:8:1 warning security-script',
      'content/docs/unsafe.md:12:1 warning heading-increment',
    ]);
    expect(run.stderr).toMatch(/^5 files checked: 3 errors, 3 warnings in \d+\.\d\ds$/m);
  });

  test('json output has the documented shape, 1-based places in the original file', async () => {
    const dir = fixtureCopy('mixed');
    const output = jsonReport(await runCli(['check', '--format', 'json', 'content/blog/typo.md'], dir));
    expect(output).toEqual({
      files: 1,
      diagnostics: [
        {
          file: 'content/blog/typo.md',
          line: 8,
          column: 51,
          endLine: 8,
          endColumn: 56,
          ruleId: 'spelling',
          severity: 'error',
          message: 'Unexpected unknown word `ofset`, expected a known word such as `offset`',
          source: 'pressroom',
          url: 'https://docs.example.com/reference/rules/spelling/#spelling',
          suggestions: expect.arrayContaining(['offset']),
          note: 'A name or term: add it to the project word list (`pressroom check --accept-words` adds every unknown word of a run), or to this file alone with `<!-- cspell:words Name -->`.',
          actual: 'ofset',
        },
      ],
    });
  });

  test('a clean selection exits 0 with the summary line', async () => {
    const dir = fixtureCopy('mixed');
    const run = await runCli(['check', 'content/blog/good.md', 'content/docs/index.md'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^2 files checked: 0 errors, 0 warnings in \d+\.\d\ds\n$/);
    expect(run.stderr).toBe('');
  });

  test('stylish output names the file, the place, the message and the rule', async () => {
    const dir = fixtureCopy('mixed');
    const run = await runCli(['check', 'content/docs/unsafe.md'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('content/docs/unsafe.md\n');
    expect(run.stdout).toMatch(/ {2}8:1-8:8 +warning +Unexpected raw `<script>` element, expected no scripts in content +security-script/);
  });

  test('the untrusted-content policy turns security findings into errors', async () => {
    const dir = fixtureCopy('mixed');
    const configPath = join(dir, 'pressroom.config.json');
    const config = JSON.parse(readFileSync(configPath, 'utf8')) as Record<string, unknown>;
    writeFileSync(configPath, JSON.stringify({ ...config, checks: { untrusted: true, rules: { 'heading-increment': 'off' } } }));
    const run = await runCli(['check', '--format', 'json', 'content/docs/unsafe.md'], dir);
    expect(run.code).toBe(1);
    const output = jsonReport(run);
    expect(output.diagnostics.map((d) => `${d.ruleId} ${d.severity}`)).toEqual(['security-script error']);
  });

  test('GitHub Actions: annotations on stdout and every finding in the step summary', async () => {
    const dir = fixtureCopy('mixed');
    const summaryPath = join(dir, 'step-summary.md');
    writeFileSync(summaryPath, '');
    const run = await runCli(['check'], dir, { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summaryPath });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error file=content/blog/typo.md,line=8,col=51,endLine=8,endColumn=56,title=spelling::Unexpected unknown word `ofset`',
    );
    expect(run.stdout.match(/^::(?:error|warning) /gm)).toHaveLength(6);
    const summary = readFileSync(summaryPath, 'utf8');
    expect(summary).toContain('| File | Line | Severity | Rule | Message |');
    expect(summary.match(/^\| `content\//gm)).toHaveLength(6);
  });

  test('sarif output lists the results with their rules', async () => {
    const dir = fixtureCopy('mixed');
    const run = await runCli(['check', '--format', 'sarif'], dir);
    const sarif = JSON.parse(run.stdout) as { version: string; runs: { results: { ruleId: string }[]; tool: { driver: { rules: { id: string }[] } } }[] };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.results).toHaveLength(6);
    expect(sarif.runs[0]!.tool.driver.rules.map((rule) => rule.id)).toContain('spelling');
  });

  test('usage and config errors exit 2', async () => {
    const dir = fixtureCopy('mixed');
    expect((await runCli(['check', '--format', 'xml'], dir)).code).toBe(2);
    expect((await runCli(['lint'], dir)).code).toBe(2);
    const configPath = join(dir, 'pressroom.config.json');
    const config = JSON.parse(readFileSync(configPath, 'utf8')) as Record<string, unknown>;
    writeFileSync(configPath, JSON.stringify({ ...config, checks: { rules: { speling: 'off' } } }));
    const misspeltRule = await runCli(['check'], dir);
    expect(misspeltRule.code).toBe(2);
    expect(misspeltRule.stderr).toContain('unknown rule "speling" in checks.rules');
    writeFileSync(configPath, JSON.stringify({ ...config, checks: { rules: { spelling: 'loud' } } }));
    expect((await runCli(['check'], dir)).code).toBe(2);
    writeFileSync(join(dir, 'pressroom.config.json'), '{ "sites": ');
    const broken = await runCli(['check'], dir);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/pressroom\.config\.json: not valid JSON/);
    expect(broken.stderr).not.toMatch(/\n\s+at /);
  });
});
