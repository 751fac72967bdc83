import { spawn } from 'node:child_process';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { streamHasColor } from '../../src/report/color.js';
import { fixtureCopy, runCli } from '../helpers/cli.js';

const escape = /\u001B\[/;

describe('colour is decided for each stream', () => {
  const pipe = () => new Writable({ write: (_chunk, _encoding, done) => done() });
  const terminal = () => Object.assign(pipe(), { isTTY: true, getColorDepth: () => 8, hasColors: () => true });

  test('a terminal shows colour, a pipe does not, and --color or --no-color decide for both', () => {
    expect(streamHasColor(terminal(), undefined)).toBe(true);
    expect(streamHasColor(pipe(), undefined)).toBe(false);
    expect(streamHasColor(pipe(), true)).toBe(true);
    expect(streamHasColor(terminal(), false)).toBe(false);
  });

  test('piped stdout is plain, even when NO_COLOR is unset', async () => {
    const run = await runCli(['check', 'content/blog/typo.md'], fixtureCopy('mixed'), { NO_COLOR: undefined, FORCE_COLOR: undefined });
    expect(run.stdout).toMatch(/error/);
    expect(run.stdout).not.toMatch(escape);
  });

  test('FORCE_COLOR colours piped output, and --no-color still wins', async () => {
    const dir = fixtureCopy('mixed');
    const forced = await runCli(['check', 'content/blog/typo.md'], dir, { NO_COLOR: undefined, FORCE_COLOR: '1' });
    expect(forced.stdout).toMatch(/\u001B\[31merror/);
    const plain = await runCli(['check', '--no-color', 'content/blog/typo.md'], dir, { NO_COLOR: undefined, FORCE_COLOR: '1' });
    expect(plain.stdout).toMatch(/error/);
    expect(plain.stdout).not.toMatch(escape);
  });

  test('--color colours piped output', async () => {
    const run = await runCli(['check', '--color', 'content/blog/typo.md'], fixtureCopy('mixed'));
    expect(run.stdout).toMatch(/\u001B\[31merror/);
  });

  test('machine-readable formats are never coloured', async () => {
    const run = await runCli(['check', '--color', '--format', 'json', 'content/blog/typo.md'], fixtureCopy('mixed'));
    expect(run.stdout).not.toMatch(escape);
    expect(JSON.parse(run.stdout)).toMatchObject({ files: 1 });
  });
});

test('a reader that closes the pipe ends the run quietly, with its exit code', async () => {
  // As `pressroom check | head -1`: the reader is gone before the report is written.
  const bin = fileURLToPath(new URL('../../bin/pressroom.js', import.meta.url));
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
  delete env.GITHUB_ACTIONS;
  delete env.CI;
  const child = spawn(process.execPath, [bin, 'check'], { cwd: fixtureCopy('mixed'), env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.destroy();
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  // The stylish report, its summary line included, went to the closed stdout: stderr has nothing to say.
  expect(stderr).toBe('');
  expect(code).toBe(1);
});
