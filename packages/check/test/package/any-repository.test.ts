import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixtureCopy } from '../helpers/cli.js';
import { dependencyClosure, startRegistry, type LocalRegistry } from '../helpers/registry.js';

/**
 * `@pressroom/check` as a user gets it: packed (`pnpm pack` writes the workspace dependency's
 * version for `workspace:*`), installed with npm into a repository that is not this one, and run
 * with `npx`. The packages it needs from the registry come from a registry on 127.0.0.1 serving
 * what this workspace installed, so the test reads nothing from the internet.
 */
const packageDir = fileURLToPath(new URL('../..', import.meta.url));
const workspacePackages = ['check', 'site-config'].map((name) => join(packageDir, '..', name));
const scratch = mkdtempSync(join(tmpdir(), 'pressroom-packed-'));
let registry: LocalRegistry;
let tarballs: string[];

function run(command: string, args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', npm_config_userconfig: join(scratch, 'npmrc'), npm_config_cache: join(scratch, 'npm-cache') };
  delete env.GITHUB_ACTIONS;
  delete env.CI;
  return new Promise((resolve) => {
    execFile(command, args, { cwd, env, maxBuffer: 32 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

async function install(repo: string): Promise<void> {
  const result = await run('npm', ['install', '--no-audit', '--no-fund', '--registry', registry.url, ...tarballs], repo);
  expect(result.stderr + result.stdout).not.toMatch(/ERR!/);
  expect(result.code).toBe(0);
}

beforeAll(async () => {
  writeFileSync(join(scratch, 'npmrc'), '');
  const packed = join(scratch, 'packed');
  mkdirSync(packed);
  for (const dir of workspacePackages) execFileSync('pnpm', ['pack', '--pack-destination', packed], { cwd: dir, stdio: 'ignore' });
  tarballs = readdirSync(packed).map((file) => join(packed, file));
  const fromRegistry = new Map<string, string>();
  for (const dir of workspacePackages) {
    const manifest = (await import(join(dir, 'package.json'), { with: { type: 'json' } })).default as { dependencies: Record<string, string> };
    const external = Object.keys(manifest.dependencies).filter((name) => !name.startsWith('@pressroom/'));
    for (const [key, source] of dependencyClosure(dir, external)) fromRegistry.set(key, source);
  }
  for (const file of tarballs) fromRegistry.set(file, file);
  registry = await startRegistry(fromRegistry, join(scratch, 'tarballs'));
}, 600_000);

afterAll(async () => {
  await registry?.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('the packed package in a repository without pressroom.config.json', () => {
  test('finds a misspelling, a broken relative link and a trailing space, and exits 1, with no Astro installed', async () => {
    const repo = fixtureCopy('plain-repository');
    await install(repo);
    expect(existsSync(join(repo, 'node_modules/astro'))).toBe(false);
    expect(existsSync(join(repo, 'node_modules/@astrojs/starlight'))).toBe(false);

    const result = await run('npx', ['--no-install', 'pressroom', 'check', '--format', 'json'], repo);
    expect(result.stderr).toMatch(/2 files checked: /);
    expect(result.code).toBe(1);
    const found = (JSON.parse(result.stdout) as { diagnostics: { file: string; line: number; ruleId: string; message: string }[] }).diagnostics.map(
      (diagnostic) => `${diagnostic.file}:${diagnostic.line} ${diagnostic.ruleId}`,
    );
    expect(found).toEqual(expect.arrayContaining(['README.md:5 link-missing-file', 'docs/setup.md:3 spelling', 'docs/setup.md:3 no-trailing-spaces']));
    // The working links (a file, a heading of another file) are not reported.
    expect(found.filter((entry) => entry.includes('link-'))).toEqual(['README.md:5 link-missing-file']);
  });

  test('checks a Starlight site found in it against that site\'s own Starlight schema', async () => {
    const repo = fixtureCopy('starlight-repository');
    await install(repo);
    // The site's own Starlight, as its install would have it (this workspace's copy, linked).
    const starlight = realpathSync(join(packageDir, '../content-schema/node_modules/@astrojs/starlight'));
    mkdirSync(join(repo, 'site/node_modules/@astrojs'), { recursive: true });
    symlinkSync(starlight, join(repo, 'site/node_modules/@astrojs/starlight'), 'dir');

    const result = await run('npx', ['--no-install', 'pressroom', 'check', '--format', 'json'], repo);
    const diagnostics = (JSON.parse(result.stdout) as { diagnostics: { file: string; line: number; ruleId: string; message: string }[] }).diagnostics;
    const schemaFindings = diagnostics.filter((diagnostic) => diagnostic.ruleId === 'frontmatter-schema');
    expect(schemaFindings.map((diagnostic) => `${diagnostic.file}:${diagnostic.line}`).sort()).toEqual([
      'site/src/content/docs/guides/first-steps.md:1',
      'site/src/content/docs/guides/first-steps.md:4',
    ]);
    expect(schemaFindings.map((diagnostic) => diagnostic.message).join('\n')).toMatch(/title/);
    // Notes outside the site have no schema; the site-root link lands on the site's page under its base.
    expect(diagnostics.filter((diagnostic) => diagnostic.file === 'NOTES.md' || diagnostic.ruleId.startsWith('link-'))).toEqual([]);
    expect(result.code).toBe(1);
  });
});
