import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { publicPackages, repoRoot } from './repo.js';

const packages = publicPackages();
const packDir = mkdtempSync(join(tmpdir(), 'pressroom-packs-'));
const tarballs = new Map<string, string>();
const attwBin = join(repoRoot, 'packages', 'repo-tests', 'node_modules', '.bin', 'attw');

/** The packed tarball, as pnpm would publish it (`workspace:` ranges rewritten), packed once. */
function tarballOf(dir: string): string {
  const cached = tarballs.get(dir);
  if (cached) return cached;
  const before = new Set(readdirSync(packDir));
  execFileSync('pnpm', ['pack', '--pack-destination', packDir], { cwd: dir, stdio: 'pipe' });
  const created = readdirSync(packDir).find((file) => !before.has(file) && file.endsWith('.tgz'));
  if (!created) throw new Error(`pnpm pack wrote no tarball for ${dir}`);
  tarballs.set(dir, join(packDir, created));
  return join(packDir, created);
}

/** Export subpaths that point straight at a non-code file, such as `./tokens.css` or `./logo.svg`. */
function assetEntrypoints(exports: unknown): string[] {
  if (typeof exports !== 'object' || exports === null) return [];
  return Object.entries(exports)
    .filter(([, target]) => typeof target === 'string' && !/\.(?:[cm]?js|json)$/.test(target))
    .map(([subpath]) => subpath);
}

beforeAll(() => {
  expect(packages.map((pkg) => pkg.manifest.name)).toContain('@pressroom/content-schema');
});

afterAll(() => rmSync(packDir, { recursive: true, force: true }));

const readmeSections = ['What is this?', 'When should I use this?', 'Install', 'Use', 'API'];

describe.each(packages.map((pkg) => [pkg.manifest.name, pkg] as const))('%s', (_name, pkg) => {
  const { manifest } = pkg;

  test('declares exports, files, sideEffects: false and a license', () => {
    expect(manifest.exports).toBeTypeOf('object');
    expect(manifest.files).toEqual(expect.arrayContaining(['dist']));
    expect(manifest.sideEffects).toBe(false);
    expect(manifest.license).toBe('MIT');
  });

  test('publishes publicly from this repository (needed for npm provenance)', () => {
    expect(manifest.publishConfig?.access).toBe('public');
    expect(manifest.repository).toEqual({
      type: 'git',
      url: 'git+https://github.com/pressroom-dev/pressroom.git',
      directory: `packages/${pkg.folder}`,
    });
  });

  test('has a README with the sections in order', () => {
    const readmePath = join(pkg.dir, 'README.md');
    expect(existsSync(readmePath), `${readmePath} exists`).toBe(true);
    const headings = [...readFileSync(readmePath, 'utf8').matchAll(/^## (.+)$/gm)].map((match) => match[1]!.trim());
    const positions = readmeSections.map((section) => headings.indexOf(section));
    expect(positions.filter((position) => position === -1), `missing sections among ${JSON.stringify(headings)}`).toEqual([]);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  test('passes publint (strict) on the packed tarball', async () => {
    const tarball = readFileSync(tarballOf(pkg.dir));
    const result = await publint({
      pack: { tarball: tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.byteLength) as ArrayBuffer },
      strict: true,
    });
    expect(result.messages.map((message) => `${message.type}: ${formatMessage(message, result.pkg)}`)).toEqual([]);
  });

  test('passes Are the Types Wrong (ESM-only profile) on the packed tarball', () => {
    // ESM-only packages: node10 and require() from CommonJS are out of scope by design.
    // Stylesheets and images have no types to resolve, so attw is asked about code entry points only.
    const assets = assetEntrypoints(manifest.exports);
    const exclude = assets.length > 0 ? ['--exclude-entrypoints', ...assets] : [];
    const run = spawnSync(attwBin, [tarballOf(pkg.dir), '--profile', 'esm-only', '--format', 'json', ...exclude], {
      encoding: 'utf8',
    });
    const report = JSON.parse(run.stdout) as { analysis: { problems: Array<{ resolutionKind?: string }> } };
    const outOfProfile = new Set(['node10', 'node16-cjs']);
    expect(report.analysis.problems.filter((problem) => !outOfProfile.has(problem.resolutionKind ?? ''))).toEqual([]);
    expect(run.status).toBe(0);
  });
});
