import { describe, expect, test } from 'vitest';
import { parseArguments, registeredOptions, usage, UsageError } from '../../src/cli/arguments.js';

const parse = (...argv: string[]) => parseArguments(argv);

describe('parseArguments', () => {
  test('a bare check: defaults', () => {
    expect(parse('check')).toMatchObject({ command: 'check', paths: [], changed: undefined, fix: undefined, format: undefined, color: undefined, cache: true, quiet: false });
  });

  test('--changed takes the next argument as a ref or a path, and an inline value as a ref', () => {
    expect(parse('check', '--changed', 'main', 'content/a.md')).toMatchObject({ changed: { refOrPath: 'main' }, paths: ['content/a.md'] });
    expect(parse('check', '--changed=main').changed).toEqual({ ref: 'main' });
    expect(parse('check', '--changed', '--format', 'json')).toMatchObject({ changed: {}, format: 'json' });
    // A ref is text, even when it looks like a number.
    expect(parse('check', '--changed', '0123456').changed).toEqual({ refOrPath: '0123456' });
    expect(parse('check', '--changed=1e5').changed).toEqual({ ref: '1e5' });
  });

  test('--fix takes its value inline only', () => {
    expect(parse('check', '--fix', 'content/a.md')).toMatchObject({ fix: 'style', paths: ['content/a.md'] });
    expect(parse('check', '--fix=spelling').fix).toBe('spelling');
    expect(() => parse('check', '--fix=loud')).toThrow(new UsageError('Unexpected --fix=loud, expected --fix or --fix=spelling'));
  });

  test('--format names a registered format', () => {
    expect(parse('check', '--format', 'sarif').format).toBe('sarif');
    expect(parse('check', '--format', 'json', '--format', 'github').format).toBe('github');
    expect(() => parse('check', '--format', 'xml')).toThrow('Unexpected --format xml, expected one of stylish, github, json, sarif');
    expect(() => parse('check', '--format')).toThrow('Unexpected --format (nothing), expected one of stylish, github, json, sarif');
  });

  test('negations, paths after --, and options that need another', () => {
    expect(parse('check', '--no-color', '--no-cache')).toMatchObject({ color: false, cache: false });
    expect(parse('check', '--color').color).toBe(true);
    expect(parse('check', 'a.md', '--', '--odd.md')).toMatchObject({ command: 'check', paths: ['a.md', '--odd.md'] });
    expect(() => parse('check', '--changed-lines')).toThrow('--changed-lines needs --changed');
    expect(() => parse('check', '--allow-private-hosts')).toThrow('--allow-private-hosts needs --external');
    expect(() => parse('check', '--nope')).toThrow(new UsageError('Unknown option --nope'));
  });

  test('a flag of two words never takes the path after it as its value', () => {
    expect(parse('check', '--accept-words', 'content/a.md')).toMatchObject({ acceptWords: true, paths: ['content/a.md'] });
    expect(parse('check', '--baseline-prune', 'content/blog')).toMatchObject({ baseline: { prune: true }, paths: ['content/blog'] });
    expect(parse('check', '--baseline-write', 'content/blog').paths).toEqual(['content/blog']);
    expect(parse('check', '--unknown-words', 'content/a.md')).toMatchObject({ format: 'unknown-words', paths: ['content/a.md'] });
    expect(parse('check', '--external', '--allow-private-hosts', 'content/a.md')).toMatchObject({ allowPrivateHosts: true, paths: ['content/a.md'] });
    expect(parse('check', '--changed', 'main', '--changed-lines', 'content/a.md')).toMatchObject({ changedLines: true, paths: ['content/a.md'] });
  });

  test('the baseline options', () => {
    expect(parse('check').baseline).toEqual({ required: false, off: false, write: false, prune: false });
    expect(parse('check', '--baseline').baseline).toMatchObject({ required: true });
    expect(parse('check', '--baseline=ci/known.json').baseline).toMatchObject({ required: true, path: 'ci/known.json' });
    expect(parse('check', '--no-baseline').baseline).toMatchObject({ off: true, required: false });
  });

  test('help and version', () => {
    expect(parse('--help').help).toBe(true);
    expect(parse('check', '-h').help).toBe(true);
    expect(parse('-v').version).toBe(true);
    expect(parse()).toMatchObject({ command: undefined, help: false });
  });

  test('the conventions of ESLint, cspell and markdownlint-cli2', () => {
    expect(parse('check', '--config', 'site/pressroom.config.json').config).toBe('site/pressroom.config.json');
    expect(parse('check', '--max-warnings', '0').maxWarnings).toBe(0);
    expect(() => parse('check', '--max-warnings=-1')).toThrow('Unexpected --max-warnings -1, expected a whole number of warnings, 0 or more');
    expect(() => parse('check', '--max-warnings', '1.5')).toThrow('Unexpected --max-warnings 1.5, expected a whole number of warnings, 0 or more');
    expect(parse('check', '--stdin', '--stdin-filename', 'content/a.md')).toMatchObject({ stdin: true, stdinFilename: 'content/a.md' });
    expect(() => parse('check', '--stdin-filename', 'content/a.md')).toThrow('--stdin-filename needs --stdin');
    expect(() => parse('check', '--stdin', '--stdin-filename', 'a.md', '--fix')).toThrow(/Unexpected --fix with --stdin/);
    expect(parse('check', '-o', 'report.sarif').outputFile).toBe('report.sarif');
    expect(parse('check', '--output-file', 'report.json').outputFile).toBe('report.json');
    expect(() => parse('check', '--output-file')).toThrow('Unexpected --output-file without a value, expected --output-file <path>');
    expect(parse('check', '--print-config', 'content/a.md').printConfig).toBe('content/a.md');
    expect(parse('check', '--fix-dry-run', '--fix=spelling')).toMatchObject({ fixDryRun: true, fix: 'spelling' });
    expect(parse('check', '--staged', 'content/docs')).toMatchObject({ staged: true, paths: ['content/docs'] });
    expect(() => parse('check', '--staged', '--changed')).toThrow('Unexpected --staged with --changed, expected one of them');
  });

  test('--help lists every option the parser knows', () => {
    const options = registeredOptions();
    expect(options.length).toBeGreaterThan(15);
    for (const option of options) {
      // `--changed [ref]` is listed as it is written; `--no-cache` and `--help` as themselves.
      const flag = option.split(/[ ,]/).find((part) => part.startsWith('--'))!.replace(/=.*$/, '');
      expect(usage, option).toMatch(new RegExp(`^ {2}(?:-\\w, )?${flag.replace(/[[\]]/g, '\\$&')}\\b`, 'm'));
    }
  });

  test('the usage lists the registered formats', () => {
    expect(usage).toContain('--format <name>     stylish (default), github (default when GITHUB_ACTIONS=true), json, sarif, unknown-words\n');
  });
});
