import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsPlugin from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { configJsonSchemaFile, parseSiteConfig, SiteConfigError, siteConfigJsonSchema } from '../src/index.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = join(packageDir, '..', '..');
const fixtures = join(packageDir, 'test', 'fixtures', 'configs');
const committedText = readFileSync(join(packageDir, configJsonSchemaFile), 'utf8');
const committed = JSON.parse(committedText) as Record<string, unknown>;

// ajv-formats is CommonJS: its function is the `default` of what ESM imports, or that itself.
type AddFormats = (ajv: Ajv2020) => unknown;
const addFormats = ((addFormatsPlugin as unknown as { default?: AddFormats }).default ?? addFormatsPlugin) as AddFormats;

/** The validator editors use (VS Code's JSON service follows the same draft), strict about the schema itself. */
function validatorOf(schema: Record<string, unknown>) {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

const validate = validatorOf(committed);
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as unknown;

describe('the JSON Schema of pressroom.config.json', () => {
  test('is the committed file, exactly: edit the zod schema and run `pnpm --filter @pressroom/site-config schema`', () => {
    expect(committedText).toBe(`${JSON.stringify(siteConfigJsonSchema(), null, 2)}\n`);
    expect(committed.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  test("is where the repository's own config points, and is what the package exports", () => {
    const config = readJson(join(repoRoot, 'pressroom.config.json')) as { $schema: string };
    expect(readFileSync(join(repoRoot, config.$schema), 'utf8')).toBe(committedText);
    const resolved = createRequire(import.meta.url).resolve(`@pressroom/site-config/${configJsonSchemaFile}`);
    expect(readFileSync(resolved, 'utf8')).toBe(committedText);
    const manifest = readJson(join(packageDir, 'package.json')) as { files: string[] };
    expect(manifest.files).toContain(configJsonSchemaFile);
  });

  test('is in the packed tarball', () => {
    const listing = execFileSync('pnpm', ['pack', '--dry-run', '--json'], { cwd: packageDir, encoding: 'utf8' });
    const files = (JSON.parse(listing) as { files: { path: string }[] }).files.map((file) => file.path);
    expect(files).toContain(configJsonSchemaFile);
    // pnpm's start-up alone can take seconds on a loaded machine.
  }, 60_000);

  test('accepts every pressroom.config.json of the repository, as zod does', () => {
    const configs = execFileSync('git', ['ls-files', '--', 'pressroom.config.json', '**/pressroom.config.json'], { cwd: repoRoot, encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
    expect(configs).toContain('pressroom.config.json');
    expect(configs.length).toBeGreaterThan(3);
    for (const path of configs) {
      const text = readFileSync(join(repoRoot, path), 'utf8');
      expect(validate(JSON.parse(text)), `${path}: ${JSON.stringify(validate.errors)}`).toBe(true);
      expect(() => parseSiteConfig(text, path)).not.toThrow();
    }
  });

  test.each(readdirSync(join(fixtures, 'valid')))('accepts valid/%s, as zod does', (name) => {
    const text = readFileSync(join(fixtures, 'valid', name), 'utf8');
    expect(validate(JSON.parse(text)), JSON.stringify(validate.errors)).toBe(true);
    expect(() => parseSiteConfig(text, name)).not.toThrow();
  });

  // Each invalid fixture: the place ajv reports (a JSON pointer) and the one zod reports (a dotted path).
  const invalid: Record<string, { pointer: string; keyword: string; path: string }> = {
    'author-empty.json': { pointer: '/author', keyword: 'minLength', path: 'author' },
    'base-without-slashes.json': { pointer: '/sites/docs/base', keyword: 'pattern', path: 'sites.docs.base' },
    'checks-misspelt-key.json': { pointer: '/checks', keyword: 'additionalProperties', path: 'checks' },
    'locale-dir-unknown.json': { pointer: '/sites/docs/locales/ar/dir', keyword: 'enum', path: 'sites.docs.locales.ar.dir' },
    'margin-fraction.json': { pointer: '/sites/blog/scheduledPostMarginMinutes', keyword: 'type', path: 'sites.blog.scheduledPostMarginMinutes' },
    'missing-docs.json': { pointer: '/sites', keyword: 'required', path: 'sites.docs' },
    'misspelt-key.json': { pointer: '/sites/blog', keyword: 'additionalProperties', path: 'sites.blog' },
    'posts-per-page-zero.json': { pointer: '/sites/blog/postsPerPage', keyword: 'exclusiveMinimum', path: 'sites.blog.postsPerPage' },
    'unknown-severity.json': { pointer: '/checks/rules/spelling', keyword: 'anyOf', path: 'checks.rules.spelling' },
    'url-not-http.json': { pointer: '/sites/blog/url', keyword: 'pattern', path: 'sites.blog.url' },
  };

  test('has an expectation for every invalid fixture', () => {
    expect(readdirSync(join(fixtures, 'invalid')).sort()).toEqual(Object.keys(invalid).sort());
  });

  test.each(Object.entries(invalid))('rejects invalid/%s where zod does', (name, expected) => {
    const text = readFileSync(join(fixtures, 'invalid', name), 'utf8');
    expect(validate(JSON.parse(text))).toBe(false);
    expect(validate.errors?.map((error) => [error.instancePath, error.keyword])).toContainEqual([expected.pointer, expected.keyword]);
    expect(() => parseSiteConfig(text, name)).toThrow(SiteConfigError);
    expect(() => parseSiteConfig(text, name)).toThrow(new RegExp(`^  - ${expected.path.replaceAll('.', '\\.')}: `, 'm'));
  });

  test('describes every key, so editors show help on hover', () => {
    const undocumented: string[] = [];
    const walk = (schema: Record<string, unknown>, path: string) => {
      const properties = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
      for (const [key, child] of Object.entries(properties)) {
        if (typeof child.description !== 'string' || child.description.length < 20) undocumented.push(`${path}${key}`);
        walk(child, `${path}${key}.`);
      }
    };
    walk(committed, '');
    expect(undocumented).toEqual([]);
  });
});

test('unknown keys are errors that list the expected ones', () => {
  const text = readFileSync(join(fixtures, 'invalid', 'misspelt-key.json'), 'utf8');
  expect(() => parseSiteConfig(text, 'site.json')).toThrow(
    'site.json: invalid configuration\n  - sites.blog: Unexpected key "postPerPage", expected one of title, description, url, base, contentDir, frontmatter, postsPerPage, scheduledPostMarginMinutes, timezone',
  );
  expect(dirname(fixtures)).toContain('test');
});
