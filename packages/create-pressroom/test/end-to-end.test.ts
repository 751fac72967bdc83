/**
 * `pnpm create pressroom` as a user runs it, in a scratch directory: every `@pressroom/*` package
 * the created repository depends on and `create-pressroom` itself are packed (`pnpm pack` writes
 * published versions for `workspace:*`), the packed command creates a repository, and that
 * repository installs, checks, builds and passes its own tests. Its dependencies on the packages
 * of this workspace point at the tarballs through pnpm overrides the test adds, as the
 * registry would serve them once published; everything else comes from the npm registry through
 * the local store.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser } from 'fast-xml-parser';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const packagesDir = join(packageDir, '..');
const scratch = mkdtempSync(join(tmpdir(), 'create-pressroom-e2e-'));
const packed = join(scratch, 'packed');
const repo = join(scratch, 'field-notes');

const user = {
  blogTitle: 'Field Notes & Findings',
  docsTitle: 'Field Handbook',
  url: 'https://notes.example.org',
  docsUrl: 'https://handbook.example.org',
  author: 'Ada Example',
  repository: 'https://github.com/example/field-notes',
};

/** The environment of a user's shell: none of this test run's own settings leak into the commands. */
function userEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(VITEST|TURBO_|npm_lifecycle_|npm_package_|PNPM_SCRIPT_)/.test(key) || ['NODE_ENV', 'INIT_CWD', 'npm_config_user_agent', 'GITHUB_ACTIONS', 'CI', 'FORCE_COLOR'].includes(key)) {
      delete env[key];
    }
  }
  return { ...env, NO_COLOR: '1', TURBO_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

function run(command: string, args: string[], cwd: string, env = userEnv()): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, output: `${stdout}\n${stderr}` });
    });
  });
}

async function expectSuccess(command: string, args: string[], cwd: string, env?: NodeJS.ProcessEnv): Promise<string> {
  const result = await run(command, args, cwd, env);
  expect(result.code, `${command} ${args.join(' ')}\n${result.output}`).toBe(0);
  return result.output;
}

/** `@pressroom/*` dependencies of the built template's manifests, and theirs, found in packages/. */
function pressroomPackages(): string[] {
  const folders = new Set<string>();
  const visit = (manifestFile: string) => {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
    for (const name of Object.keys({ ...manifest.dependencies, ...manifest.devDependencies })) {
      if (!name.startsWith('@pressroom/')) continue;
      const folder = name.slice('@pressroom/'.length);
      if (folders.has(folder)) continue;
      folders.add(folder);
      const { dependencies = {} } = JSON.parse(readFileSync(join(packagesDir, folder, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
      for (const dependency of Object.keys(dependencies).filter((name) => name.startsWith('@pressroom/'))) {
        visit(join(packagesDir, dependency.slice('@pressroom/'.length), 'package.json'));
        folders.add(dependency.slice('@pressroom/'.length));
      }
    }
  };
  for (const file of ['package.json', 'apps/blog/package.json', 'apps/docs/package.json']) visit(join(packageDir, 'dist', 'template', file));
  return [...folders].sort();
}

/** Packs a workspace package into its own folder (packs run side by side); resolves to `name → file:` of its tarball. */
async function pack(dir: string): Promise<[string, string]> {
  const { name } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string };
  const destination = join(packed, name.replace('/', '+'));
  mkdirSync(destination);
  await expectSuccess('pnpm', ['pack', '--pack-destination', destination], dir);
  const [tarball, ...others] = readdirSync(destination);
  expect(others).toEqual([]);
  return [name, `file:${join(destination, tarball!)}`];
}

let tarballs: Record<string, string>;
let created: string;

beforeAll(async () => {
  mkdirSync(packed);
  const folders = pressroomPackages();
  expect(folders).toEqual(expect.arrayContaining(['check', 'content-schema', 'markdown', 'og', 'scaffold', 'site-config', 'theme']));
  tarballs = Object.fromEntries([
    ...(await Promise.all(folders.map((folder) => pack(join(packagesDir, folder))))),
    await pack(packageDir),
  ]);

  // The packed command, installed where `pnpm create` would put it.
  const runner = join(scratch, 'runner');
  mkdirSync(runner);
  const { 'create-pressroom': command, ...published } = tarballs;
  writeFileSync(
    join(runner, 'package.json'),
    JSON.stringify({ name: 'runner', private: true, dependencies: { 'create-pressroom': command }, pnpm: { overrides: published } }),
  );
  await expectSuccess('pnpm', ['install', '--prefer-offline', '--no-frozen-lockfile'], runner);

  created = await expectSuccess(
    join(runner, 'node_modules', '.bin', 'create-pressroom'),
    [
      'field-notes',
      '--blog-title', user.blogTitle,
      '--docs-title', user.docsTitle,
      '--url', user.url,
      '--docs-url', user.docsUrl,
      '--author', user.author,
      '--repository', user.repository,
      '--no-install',
    ],
    scratch,
    userEnv({ CI: '1', GIT_AUTHOR_NAME: user.author, GIT_AUTHOR_EMAIL: 'ada@example.org', GIT_COMMITTER_NAME: user.author, GIT_COMMITTER_EMAIL: 'ada@example.org' }),
  );

  // Not the command's doing: the published packages are these tarballs until they are on the registry.
  const workspaceFile = join(repo, 'pnpm-workspace.yaml');
  const workspace = parse(readFileSync(workspaceFile, 'utf8')) as { overrides?: Record<string, string> };
  workspace.overrides = { ...workspace.overrides, ...published };
  writeFileSync(workspaceFile, stringify(workspace));
  await expectSuccess('pnpm', ['install', '--prefer-offline', '--no-frozen-lockfile'], repo);
}, 600_000);

// Two installed sites: removing them takes longer than a hook's default time.
afterAll(() => rm(scratch, { recursive: true, force: true }), 120_000);

const html = (file: string) => fromHtml(readFileSync(join(repo, file), 'utf8'));
const canonical = (file: string) => select('link[rel=canonical]', html(file))?.properties.href;
const title = (file: string) => toString(select('title', html(file))!);

describe('a repository made by the packed create-pressroom', () => {
  test('was created with its first commit, and installed', async () => {
    expect(created).toMatch(/Created field-notes: \d+ files/);
    expect((await expectSuccess('git', ['log', '--format=%an %s'], repo)).trim()).toBe(`${user.author} Create the repository with create-pressroom`);
    expect(existsSync(join(repo, 'node_modules/@pressroom/check/bin/pressroom.js'))).toBe(true);
  });

  test('passes pressroom check on its starter content', async () => {
    const output = await expectSuccess('pnpm', ['check'], repo);
    expect(output).toMatch(/5 files checked: 0 errors, 0 warnings/);
  }, 120_000);

  test('builds both sites, with the names and addresses it was given', async () => {
    await expectSuccess('pnpm', ['build'], repo);

    expect(title('apps/blog/dist/index.html')).toContain(user.blogTitle);
    expect(canonical('apps/blog/dist/index.html')).toBe(`${user.url}/`);
    expect(canonical('apps/blog/dist/posts/hello-world/index.html')).toBe(`${user.url}/posts/hello-world/`);
    const rss = new XMLParser().parse(readFileSync(join(repo, 'apps/blog/dist/rss.xml'), 'utf8')) as {
      rss: { channel: { title: string; link: string; item: { title: string; link: string } } };
    };
    expect(rss.rss.channel.title).toBe(user.blogTitle);
    expect(rss.rss.channel.link).toBe(`${user.url}/`);
    expect(rss.rss.channel.item).toMatchObject({ title: 'Hello, world', link: `${user.url}/posts/hello-world/` });

    expect(title('apps/docs/dist/index.html')).toContain(user.docsTitle);
    expect(canonical('apps/docs/dist/index.html')).toBe(`${user.docsUrl}/`);
    expect(canonical('apps/docs/dist/start/getting-started/index.html')).toBe(`${user.docsUrl}/start/getting-started/`);
    expect(title('apps/docs/dist/start/getting-started/index.html')).toBe(`Getting started | ${user.docsTitle}`);
  }, 400_000);

  test('passes the type check of both apps', async () => {
    const output = await expectSuccess('pnpm', ['typecheck'], repo);
    expect(output.match(/- 0 errors/g)).toHaveLength(2);
  }, 300_000);

  test('passes its own tests', async () => {
    const output = await expectSuccess('pnpm', ['test'], repo);
    expect(output).toMatch(/Tests\s+3 passed \(3\)/);
  }, 300_000);
});
