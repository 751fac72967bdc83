import { describe, expect, test } from 'vitest';
import { outputFormat, outputFormats, type Report } from '../../src/report/index.js';
import type { Diagnostic } from '../../src/run/diagnostic.js';

const finding: Diagnostic = {
  file: 'content/blog/a.md',
  line: 3,
  column: 1,
  endLine: 3,
  endColumn: 8,
  ruleId: 'spelling',
  severity: 'error',
  message: 'Unexpected unknown word `Teh`, expected a known word such as `The`',
  source: 'pressroom',
  url: 'https://docs.example/reference/rules/#spelling',
  suggestions: ['The'],
};

const report: Report = {
  diagnostics: [finding],
  files: 2,
  summary: '2 files checked: 1 error, 0 warnings in 0.10s',
  color: false,
  rules: () => [{ id: 'spelling', description: 'Misspelled words.', url: finding.url }],
  version: '1.2.3',
};

function write(name: string) {
  const out = { stdout: '', stderr: '' };
  outputFormat(name)!.write(report, { stdout: (text) => void (out.stdout += text), stderr: (text) => void (out.stderr += text) });
  return out;
}

describe('the output formats', () => {
  test('each has one name in the registry', () => {
    const names = outputFormats.map((format) => format.name);
    expect(names).toEqual(['stylish', 'github', 'json', 'sarif', 'unknown-words']);
    expect(outputFormat('xml')).toBeUndefined();
  });

  test('stylish and github print the summary after the findings; json and sarif keep stdout a document', () => {
    expect(write('stylish')).toEqual({
      stdout: `content/blog/a.md\n  3:1-3:8  error    ${finding.message}  spelling\n${' '.repeat(20)}suggestions: The\n\n${report.summary}\n`,
      stderr: '',
    });
    expect(write('github').stdout).toBe(
      `::error file=content/blog/a.md,line=3,col=1,endLine=3,endColumn=8,title=spelling::${finding.message} (suggestions: The)\n${report.summary}\n`,
    );
    const json = write('json');
    expect(JSON.parse(json.stdout)).toMatchObject({ files: 2, diagnostics: [{ ruleId: 'spelling', line: 3, suggestions: ['The'] }] });
    expect(json.stderr).toBe(`${report.summary}\n`);
    const sarif = write('sarif');
    expect(JSON.parse(sarif.stdout)).toMatchObject({ runs: [{ tool: { driver: { version: '1.2.3', rules: [{ id: 'spelling', shortDescription: { text: 'Misspelled words.' } }] } } }] });
    expect(sarif.stderr).toBe(`${report.summary}\n`);
  });
});
