import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli, temporaryDir } from '../helpers/cli.js';

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
    expect(readConfig(dir)).toEqual({ content: ['README.md', 'docs'], checks: { rules: {}, ignore: [] } });
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
    expect(readConfig(dir)).toEqual({ content: ['docs'], checks: { rules: {}, ignore: [] } });
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
});
