/**
 * Writes `dist/template/`: the files `create-pressroom` copies into a new repository. The apps
 * come from this repository's `apps/` (the files listed in `src/template-files.ts`), so a created
 * repository publishes the same sites; their `workspace:` dependencies become the versions of the
 * packages published from here. The rest comes from `template/`, with the root manifest's tool
 * versions taken from this repository's own.
 */
import { copyFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { appFiles } from '../src/template-files.ts';

type Manifest = {
  name: string;
  version: string;
  packageManager?: string;
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = join(packageDir, '..', '..');
const out = join(packageDir, 'dist', 'template');

const readJson = (file: string): Manifest => JSON.parse(readFileSync(file, 'utf8')) as Manifest;
const writeJson = (file: string, value: unknown): void => {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
};

/** `@pressroom/<folder>` → its version, for every package of this repository. */
function publishedVersion(name: string): string {
  const folder = name.replace(/^@pressroom\//, '');
  const manifest = readJson(join(repoRoot, 'packages', folder, 'package.json'));
  if (manifest.name !== name) throw new Error(`packages/${folder} is ${manifest.name}, not ${name}`);
  return `^${manifest.version}`;
}

function published(dependencies: Record<string, string> | undefined): Record<string, string> | undefined {
  if (!dependencies) return undefined;
  return Object.fromEntries(
    Object.entries(dependencies).map(([name, range]) => [name, range.startsWith('workspace:') ? publishedVersion(name) : range]),
  );
}

rmSync(out, { recursive: true, force: true });

// npm leaves `.gitignore` files out of a published package: they travel as `_gitignore`.
const travelName = (file: string) => (basename(file) === '.gitignore' ? join(dirname(file), '_gitignore') : file);

for (const file of appFiles) {
  const target = join(out, travelName(file));
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(join(repoRoot, file), target);
}

// The apps' manifests: their published dependencies, no test runner (the root has the tests), and
// for the docs no generation of this repository's own reference pages.
for (const app of ['blog', 'docs']) {
  const manifest = readJson(join(repoRoot, 'apps', app, 'package.json'));
  const { vitest: _vitest, ...devDependencies } = manifest.devDependencies ?? {};
  const scripts = { ...manifest.scripts };
  delete scripts.generate;
  if (app === 'docs') scripts.build = 'node scripts/build.ts';
  writeJson(join(out, 'apps', app, 'package.json'), {
    ...manifest,
    name: app,
    scripts,
    dependencies: published(manifest.dependencies),
    devDependencies: published(devDependencies),
  });
}

cpSync(join(packageDir, 'template'), out, { recursive: true });
copyFileSync(join(repoRoot, '.nvmrc'), join(out, '.nvmrc'));

const root = readJson(join(repoRoot, 'package.json'));
const tool = (name: string): string => {
  const range = root.devDependencies?.[name];
  if (!range) throw new Error(`the root package.json has no ${name}`);
  return range;
};
writeJson(join(out, 'package.json'), {
  name: '{{packageName}}',
  private: true,
  type: 'module',
  packageManager: root.packageManager,
  engines: { node: '>=24.0.0', pnpm: '>=10.0.0' },
  scripts: {
    build: 'turbo run build',
    check: 'pressroom check',
    dev: 'turbo run dev',
    new: 'pressroom-new',
    test: 'turbo run build && vitest run',
    typecheck: 'turbo run typecheck',
    changeset: 'changeset',
  },
  devDependencies: {
    '@changesets/cli': tool('@changesets/cli'),
    '@pressroom/check': publishedVersion('@pressroom/check'),
    '@pressroom/scaffold': publishedVersion('@pressroom/scaffold'),
    '@types/node': tool('@types/node'),
    turbo: tool('turbo'),
    typescript: tool('typescript'),
    vitest: tool('vitest'),
  },
});

// The workspace settings the apps need (which dependencies may run build scripts, and the
// overrides that keep their tools working), as this repository has them.
const workspace = parse(readFileSync(join(repoRoot, 'pnpm-workspace.yaml'), 'utf8')) as {
  onlyBuiltDependencies?: string[];
  overrides?: Record<string, string>;
};
writeFileSync(
  join(out, 'pnpm-workspace.yaml'),
  stringify({ packages: ['apps/*', 'packages/*'], onlyBuiltDependencies: workspace.onlyBuiltDependencies, overrides: workspace.overrides }),
);
