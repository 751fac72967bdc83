import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { outputFormat, outputFormats, type Report } from '../../src/report/index.js';
import { formatStepSummary } from '../../src/report/step-summary.js';
import { toolHomePage } from '../../src/report/sarif.js';
import type { Diagnostic } from '../../src/run/diagnostic.js';

const brokenLink: Diagnostic = {
  file: 'content/docs/guide.md',
  line: 7,
  column: 5,
  endLine: 7,
  endColumn: 40,
  ruleId: 'link-missing-file',
  severity: 'error',
  message: 'Unexpected link to `./geting-started.md`, expected an existing page',
  source: 'pressroom',
  url: 'https://docs.example/reference/rules/#link-missing-file',
  suggestions: ['./getting-started.md'],
  note: 'Did you mean `./getting-started.md`?',
};

const report = (diagnostics: Diagnostic[]): Report => ({
  diagnostics,
  files: 1,
  summary: `1 file checked: ${diagnostics.length} errors, 0 warnings in 0.10s`,
  color: false,
  rules: () => [{ id: 'link-missing-file', description: 'Links to files that do not exist.', url: brokenLink.url }],
  version: '1.2.3',
});

function sarifWith(diagnostics: Diagnostic[], suppressed: NonNullable<Report['suppressed']>) {
  let stdout = '';
  outputFormat('sarif')!.write({ ...report(diagnostics), suppressed }, { stdout: (text) => void (stdout += text), stderr: () => {} });
  return stdout;
}

function write(name: string, diagnostics: Diagnostic[]) {
  let stdout = '';
  outputFormat(name)!.write(report(diagnostics), { stdout: (text) => void (stdout += text), stderr: () => {} });
  return stdout;
}

describe('every format prints the suggestions and the note of a finding', () => {
  // `unknown-words` is a word list, not a list of findings: a link finding has no word in it.
  const findingFormats = outputFormats.map((format) => format.name).filter((name) => name !== 'unknown-words');

  test.each(findingFormats)('%s', (name) => {
    const output = write(name, [brokenLink]);
    expect(output).toContain('./getting-started.md');
    expect(output).toContain('Did you mean');
  });

  test('stylish puts them under the finding, whatever its rule', () => {
    const lines = write('stylish', [brokenLink]).split('\n');
    expect(lines[2]!.trim()).toBe('suggestions: ./getting-started.md');
    expect(lines[3]!.trim()).toBe('note: Did you mean `./getting-started.md`?');
  });

  test('so does the step summary', () => {
    const summary = formatStepSummary([brokenLink], { files: 1, errors: 1, warnings: 0, milliseconds: 100 });
    expect(summary).toContain('(suggestions: ./getting-started.md)<br>Did you mean');
  });
});

describe('SARIF', () => {
  // The SARIF 2.1.0 schema as OASIS published it (JSON Schema draft-04), shipped in an npm package.
  const require = createRequire(import.meta.url);
  // A CommonJS package whose `module.exports` is the class.
  const Ajv = require('ajv-draft-04') as typeof import('ajv-draft-04').default;
  const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
  const validate = new Ajv({ strict: false, validateFormats: false, allErrors: true, unicodeRegExp: false }).compile(schema);

  test('the validator rejects a log that breaks the schema, so a pass below means something', () => {
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false);
  });

  test.each([
    ['with findings', [brokenLink]],
    ['on a clean run', []],
  ])('is valid against the SARIF 2.1.0 schema %s, and names the tool\'s home page', (_, diagnostics) => {
    const log = JSON.parse(write('sarif', diagnostics)) as { runs: { tool: { driver: { informationUri: string } } }[] };
    const valid = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(log.runs[0]!.tool.driver.informationUri).toBe(toolHomePage);
  });

  test('a finding a comment hid is a result with an in-source suppression and its reason', () => {
    const hidden = { ...brokenLink, line: 9, suppressedBy: { comment: 'pressroom-disable-next-line link-missing-file', reason: 'the page lands next week', line: 8, column: 1 } };
    const log = JSON.parse(sarifWith([brokenLink], [hidden])) as { runs: { results: { suppressions?: { kind: string; justification?: string }[] }[] }[] };
    const valid = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    const results = log.runs[0]!.results;
    expect(results).toHaveLength(2);
    expect(results[0]!.suppressions).toBeUndefined();
    expect(results[1]!.suppressions).toEqual([expect.objectContaining({ kind: 'inSource', justification: 'the page lands next week' })]);
  });

  test('the home page is the package\'s', () => {
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { homepage: string };
    expect(toolHomePage).toBe(manifest.homepage);
  });
});
