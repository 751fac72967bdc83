import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { appFiles, excludedAppFiles, excludedAppFolders } from '../src/template-files.ts';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = join(packageDir, '..', '..');
const built = join(packageDir, 'dist', 'template');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).replaceAll('\\', '/'))
    .sort();
}

/** What the package's build writes: the listed app files, the static template, three generated files. */
const travelName = (file: string) => file.replace(/(^|\/)\.gitignore$/, '$1_gitignore');

describe('the template file list', () => {
  const tracked = execFileSync('git', ['ls-files', 'apps'], { cwd: repoRoot, encoding: 'utf8' }).split('\n').filter(Boolean);

  test('names every file of the apps exactly once, as copied or as left out', () => {
    const excluded = (file: string) => file in excludedAppFiles || excludedAppFolders.some((folder) => file.startsWith(folder));
    expect(tracked.filter((file) => !appFiles.includes(file) && !excluded(file)), 'files of apps/ in neither list').toEqual([]);
    expect(appFiles.filter((file) => excluded(file)), 'files in both lists').toEqual([]);
    expect(appFiles.filter((file) => !tracked.includes(file)), 'listed files that are not in apps/').toEqual([]);
    expect(new Set(appFiles).size).toBe(appFiles.length);
  });

  test('is what the build wrote, with nothing else', () => {
    const statics = filesUnder(join(packageDir, 'template'));
    const expected = [...appFiles.map(travelName), ...statics, 'package.json', 'pnpm-workspace.yaml', '.nvmrc'].sort();
    expect(filesUnder(built)).toEqual(expected);
  });

  test("leaves out the apps' tests and this repository's own content", () => {
    const files = filesUnder(built);
    expect(files.filter((file) => /(^|\/)test\//.test(file) && !file.startsWith('test/sites.test.ts'))).toEqual([]);
    expect(files.filter((file) => file.startsWith('content/'))).toEqual([
      'content/blog/hello-world.md',
      'content/docs/guides/writing-a-page.md',
      'content/docs/index.md',
      'content/docs/reference/configuration.md',
      'content/docs/start/getting-started.md',
    ]);
  });
});

describe('the built template', () => {
  const manifest = (file: string) =>
    JSON.parse(readFileSync(join(built, file), 'utf8')) as { name: string; dependencies?: Record<string, string>; devDependencies?: Record<string, string> };

  test.each(['package.json', 'apps/blog/package.json', 'apps/docs/package.json'])('%s depends on published versions, never on this workspace', (file) => {
    const { dependencies = {}, devDependencies = {} } = manifest(file);
    const ranges = { ...dependencies, ...devDependencies };
    expect(Object.entries(ranges).filter(([, range]) => range.startsWith('workspace:'))).toEqual([]);
    for (const [name, range] of Object.entries(ranges).filter(([name]) => name.startsWith('@pressroom/'))) {
      const { version } = JSON.parse(readFileSync(join(repoRoot, 'packages', name.slice('@pressroom/'.length), 'package.json'), 'utf8')) as { version: string };
      expect(range, name).toBe(`^${version}`);
    }
  });

  test("the apps' copies are this repository's apps, byte for byte", () => {
    for (const file of appFiles.filter((file) => !file.endsWith('package.json'))) {
      expect(readFileSync(join(built, travelName(file))).equals(readFileSync(join(repoRoot, file))), file).toBe(true);
    }
  });

  test('the pull request workflow is the one `pressroom init` writes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'create-pressroom-init-'));
    try {
      writeFileSync(join(dir, 'README.md'), '# Notes\n');
      execFileSync(process.execPath, [join(repoRoot, 'packages/check/bin/pressroom.js'), 'init'], { cwd: dir, stdio: 'ignore' });
      const fromInit = readFileSync(join(dir, '.github/workflows/pressroom.yml'), 'utf8');
      expect(readFileSync(join(built, '.github/workflows/pressroom.yml'), 'utf8')).toBe(fromInit);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
