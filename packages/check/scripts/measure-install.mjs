/**
 * Measures what `npm install @pressroom/check` costs a repository, and how long a first run takes:
 * packs this package and @pressroom/site-config, installs them with npm from a registry on
 * 127.0.0.1 that serves this workspace's installed packages (nothing is read from the internet),
 * then prints the installed size, the package count and the time of `pressroom --version` and of a
 * `pressroom check` on plain Markdown, cold (no compile cache) and warm.
 *
 *   node packages/check/scripts/measure-install.mjs [runs]
 */
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { dependencyClosure, startRegistry } from '../test/helpers/registry.ts';

const runs = Number(process.argv[2] ?? 5);
const packageDir = fileURLToPath(new URL('..', import.meta.url));
const workspacePackages = ['check', 'site-config'].map((name) => join(packageDir, '..', name));
const scratch = mkdtempSync(join(tmpdir(), 'pressroom-install-size-'));
const compileCache = join(scratch, 'compile-cache');
const env = { ...process.env, NO_COLOR: '1', NODE_COMPILE_CACHE: compileCache, npm_config_userconfig: join(scratch, 'npmrc'), npm_config_cache: join(scratch, 'npm-cache') };
writeFileSync(join(scratch, 'npmrc'), '');

const packed = join(scratch, 'packed');
mkdirSync(packed);
for (const dir of workspacePackages) execFileSync('pnpm', ['pack', '--pack-destination', packed], { cwd: dir, stdio: 'ignore' });
const tarballs = readdirSync(packed).map((file) => join(packed, file));
const served = new Map();
for (const dir of workspacePackages) {
  const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
  for (const [key, source] of dependencyClosure(dir, Object.keys(manifest.dependencies).filter((name) => !name.startsWith('@pressroom/')))) served.set(key, source);
}
for (const file of tarballs) served.set(file, file);
const registry = await startRegistry(served, join(scratch, 'tarballs'));

const repo = join(scratch, 'repo');
cpSync(fileURLToPath(new URL('../test/fixtures/plain-repository', import.meta.url)), repo, { recursive: true });
try {
  // Not execFileSync: the registry answers from this process's event loop.
  await promisify(execFile)('npm', ['install', '--no-audit', '--no-fund', '--registry', registry.url, ...tarballs], { cwd: repo, env });
} finally {
  await registry.close();
}

const kib = (path) => Number(execFileSync('du', ['-sk', path], { encoding: 'utf8' }).split('\t')[0]);
const tarballKib = tarballs.map((file) => `${file.split('/').at(-1)} ${(kib(file) / 1024).toFixed(1)} MB`);
const installed = readdirSync(join(repo, 'node_modules'), { recursive: true }).filter((entry) => String(entry).endsWith('package.json') && String(entry).split('/').length <= 3).length;

const bin = join(repo, 'node_modules/.bin/pressroom');
function timed(args, cold) {
  const times = [];
  for (let index = 0; index < runs; index++) {
    // Cold: Node's compile cache (which the bin turns on) and the check's own cache are removed first.
    if (cold) for (const dir of [compileCache, join(repo, 'node_modules/.cache')]) rmSync(dir, { recursive: true, force: true });
    const start = performance.now();
    spawnSync(bin, args, { cwd: repo, env, stdio: 'ignore' });
    times.push((performance.now() - start) / 1000);
  }
  return times.sort((a, b) => a - b);
}
const median = (times) => times[Math.floor(times.length / 2)].toFixed(2);
const report = {
  'tarballs': tarballKib.join(', '),
  'node_modules': `${(kib(join(repo, 'node_modules')) / 1024).toFixed(1)} MB in ${installed} packages`,
  'pressroom --version, cold (median s)': median(timed(['--version'], true)),
  'pressroom --version, warm (median s)': median(timed(['--version'], false)),
  'pressroom check, cold (median s)': median(timed(['check', '--no-cache'], true)),
  'pressroom check, warm (median s)': median(timed(['check'], false)),
};
for (const [what, value] of Object.entries(report)) console.log(`${what}: ${value}`);
rmSync(scratch, { recursive: true, force: true });
