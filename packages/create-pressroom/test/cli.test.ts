import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { siteConfigSchema } from '@pressroom/site-config';
import { afterAll, describe, expect, test } from 'vitest';

const bin = fileURLToPath(new URL('../bin/create-pressroom.js', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'create-pressroom-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const flags = [
  '--blog-title',
  'Field Notes',
  '--docs-title',
  'Handbook',
  '--url',
  'https://notes.example.org',
  '--docs-url',
  'https://handbook.example.org',
  '--author',
  'Ada Example',
  '--repository',
  'https://github.com/example/field-notes',
];

/** The built command, as a script runs it: no terminal, so it never asks. */
function create(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd: scratch, env: { ...process.env, CI: '1', NO_COLOR: '1', ...env } }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

describe('create-pressroom', () => {
  test('--no-install --no-git writes the files only, with a config the sites accept', async () => {
    const result = await create(['written', ...flags, '--no-install', '--no-git']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Created written: \d+ files/);
    const dir = join(scratch, 'written');
    expect(existsSync(join(dir, 'node_modules'))).toBe(false);
    expect(existsSync(join(dir, 'pnpm-lock.yaml'))).toBe(false);
    expect(existsSync(join(dir, '.git'))).toBe(false);
    expect(readdirSync(dir)).toEqual(expect.arrayContaining(['.gitignore', '.nvmrc', 'apps', 'content', 'pressroom.config.json', 'package.json', 'turbo.json']));
    expect(existsSync(join(dir, 'apps/docs/.gitignore'))).toBe(true);
    expect(existsSync(join(dir, '_gitignore'))).toBe(false);

    const config = JSON.parse(readFileSync(join(dir, 'pressroom.config.json'), 'utf8')) as Record<string, unknown>;
    expect(config.$schema).toBe('./node_modules/@pressroom/check/dist/pressroom.config.schema.json');
    const parsed = siteConfigSchema.parse(config);
    expect(parsed.sites.blog).toMatchObject({ title: 'Field Notes', url: 'https://notes.example.org' });
    expect(parsed.sites.docs).toMatchObject({ title: 'Handbook', url: 'https://handbook.example.org' });
    expect(parsed.author).toBe('Ada Example');
    expect(parsed.repository.url).toBe('https://github.com/example/field-notes');

    expect(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name).toBe('written');
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    expect(readme).toContain('**Field Notes** (https://notes.example.org)');
    expect(readme).not.toMatch(/\{\{\w+\}\}/);
    expect(readFileSync(join(dir, 'content/blog/hello-world.md'), 'utf8')).toMatch(/^pubDatetime: \d{4}-\d{2}-\d{2}$/m);
  });

  test('refuses a directory that is not empty, writes nothing and says what to do', async () => {
    const dir = join(scratch, 'occupied');
    mkdirSync(dir);
    writeFileSync(join(dir, 'notes.md'), '# Mine\n');
    const result = await create(['occupied', ...flags, '--no-install', '--no-git']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/occupied is not empty: name a new folder, or empty this one first/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(dir)).toEqual(['notes.md']);
  });

  test('refuses an invalid address with the schema message and the flag it came from', async () => {
    const result = await create(['bad-url', ...flags, '--url', 'notes.example.org', '--no-install', '--no-git']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--url: Expected an absolute URL, e.g. "https://blog.example.com"');
    expect(existsSync(join(scratch, 'bad-url'))).toBe(false);
  });

  test('refuses an address with a path, which would need a base path', async () => {
    const result = await create(['with-path', ...flags, '--docs-url', 'https://example.org/docs', '--no-install', '--no-git']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--docs-url: Unexpected path in "https://example.org/docs", expected an origin such as "https://blog.example.com"');
    expect(existsSync(join(scratch, 'with-path'))).toBe(false);
  });

  test('without a terminal, asks nothing: a missing folder is a usage error', async () => {
    const result = await create([...flags, '--no-install']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/name the folder to create, e\.g\. `pnpm create pressroom my-site`/);
  });

  test('without a terminal, left-out names take their defaults', async () => {
    const result = await create(['Team Site', '--url', 'https://blog.team.example', '--no-install', '--no-git']);
    expect(result.code).toBe(0);
    const dir = join(scratch, 'Team Site');
    const config = siteConfigSchema.parse(JSON.parse(readFileSync(join(dir, 'pressroom.config.json'), 'utf8')));
    expect(config.sites.blog.title).toBe('Team Site Blog');
    expect(config.sites.docs).toMatchObject({ title: 'Team Site Docs', url: 'https://docs.team.example' });
    expect(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name).toBe('team-site');
  });

  test('an unknown flag is a usage error that prints the usage', async () => {
    const result = await create(['x', '--blog-name', 'X']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Unknown option '--blog-name'/);
    expect(result.stderr).toMatch(/Usage: pnpm create pressroom/);
  });

  describe('with the install and git steps', () => {
    // A `pnpm` first on PATH that writes a lockfile as an install does, or fails: the real install
    // of a created repository is the end-to-end test's.
    const stubBin = join(scratch, 'stub-bin');
    mkdirSync(stubBin);
    writeFileSync(
      join(stubBin, 'pnpm'),
      '#!/bin/sh\necho "$PWD $@" > "$STUB_PNPM_LOG"\n[ -n "$STUB_PNPM_FAIL" ] && { echo "stub install failed" >&2; exit 1; }\necho "lockfileVersion: \'9.0\'" > pnpm-lock.yaml\n',
      { mode: 0o755 },
    );
    const withStub = (extra: NodeJS.ProcessEnv = {}) => ({
      PATH: `${stubBin}${delimiter}${process.env.PATH}`,
      STUB_PNPM_LOG: join(scratch, 'pnpm-args.txt'),
      GIT_AUTHOR_NAME: 'Ada Example',
      GIT_AUTHOR_EMAIL: 'ada@example.org',
      GIT_COMMITTER_NAME: 'Ada Example',
      GIT_COMMITTER_EMAIL: 'ada@example.org',
      ...extra,
    });

    test('installs without a frozen lockfile, then commits everything, the lockfile included', async () => {
      const result = await create(['installed', ...flags], withStub());
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      const dir = join(scratch, 'installed');
      expect(readFileSync(join(scratch, 'pnpm-args.txt'), 'utf8').trim()).toBe(`${dir} install --no-frozen-lockfile`);
      const committed = execFileSync('git', ['ls-files'], { cwd: dir, encoding: 'utf8' }).split('\n');
      expect(committed).toEqual(expect.arrayContaining(['pnpm-lock.yaml', 'pressroom.config.json', 'apps/blog/astro.config.mjs', '.gitignore']));
      expect(execFileSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: dir, encoding: 'utf8' })).toBe('');
    });

    test('a failed install exits 1 and says where to run it again; the files stay', async () => {
      const result = await create(['install-fails', ...flags, '--no-git'], withStub({ STUB_PNPM_FAIL: '1' }));
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/stub install failed\ncreate-pressroom: pnpm install failed; run it in install-fails once the problem above is fixed/);
      expect(existsSync(join(scratch, 'install-fails', 'pressroom.config.json'))).toBe(true);
    });
  });
});
