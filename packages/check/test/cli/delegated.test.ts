import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { fixtureCopy, runCli } from '../helpers/cli.js';

describe('pressroom pr-report', () => {
  test('runs the command line of @pressroom/pr-report with the arguments after its name', async () => {
    const run = await runCli(['pr-report', '--help'], fixtureCopy('mixed'));
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: pressroom-pr-report \[options\]/);
  });

  test('its own options reach it, and its own errors come back', async () => {
    const run = await runCli(['pr-report', '--max-pictures', 'many'], fixtureCopy('mixed'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('pressroom-pr-report: Unexpected --max-pictures many, expected a whole number');
  });

  test('is listed in the help', async () => {
    const run = await runCli(['--help'], fixtureCopy('mixed'));
    expect(run.stdout).toMatch(/^ {2}pr-report {9}the pull request report/m);
  });

  test('the check does not depend on the report package: it loads it only when asked', () => {
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as Record<string, Record<string, string> | undefined>;
    for (const field of ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies']) {
      expect(Object.keys(manifest[field] ?? {}), field).not.toContain('@pressroom/pr-report');
    }
    // Nor does its build: the name is only in the list of commands, imported when one is run.
    const dist = new URL('../../dist/', import.meta.url);
    for (const file of readdirSync(dist).filter((name) => name.endsWith('.js'))) {
      expect(readFileSync(new URL(file, dist), 'utf8'), file).not.toMatch(/(?:from\s*|import\s*\(\s*)["']@pressroom\/pr-report["']/);
    }
  });
});
