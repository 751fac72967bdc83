import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
function create(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd: scratch, env: { ...process.env, CI: '1', NO_COLOR: '1' } }, (error, stdout, stderr) => {
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
});
