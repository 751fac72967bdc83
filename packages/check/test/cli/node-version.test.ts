import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { fixtureCopy } from '../helpers/cli.js';

const bin = fileURLToPath(new URL('../../bin/pressroom.js', import.meta.url));
const engines = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { engines: { node: string } }).engines.node;

/** Runs the CLI as if on Node `version`: the process reports that version before the bin starts. */
function runOnNode(version: string, args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const pretend = `Object.defineProperty(process, 'versions', { value: { ...process.versions, node: '${version}' } });`;
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(pretend)}`, bin, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', CI: '', GITHUB_ACTIONS: '' } }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

test('an unsupported Node is refused at start with exit 2 and the version needed, before any file is checked', async () => {
  const dir = fixtureCopy('mixed');
  // A warm cache used to let an old Node print "0 errors" and exit 0.
  expect((await runOnNode(process.versions.node, ['check', '--format', 'json'], dir)).code).toBe(1);
  const run = await runOnNode('20.19.0', ['check', '--format', 'json'], dir);
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toBe(`pressroom: Unexpected Node.js 20.19.0, expected Node.js ${engines} (the engines field of @pressroom/check): install Node.js 24.0.0 or later\n`);
});

test('the Node the engines field names, and later ones, run the CLI', async () => {
  const dir = fixtureCopy('mixed');
  for (const version of ['24.0.0', '24.10.1', '25.0.0']) {
    const run = await runOnNode(version, ['check', '--format', 'json', 'content/blog/good.md'], dir);
    expect(run.stderr, version).not.toContain('Unexpected Node.js');
    expect(run.code, version).toBe(0);
  }
  expect((await runOnNode('23.11.0', ['--version'], dir)).code).toBe(2);
});
