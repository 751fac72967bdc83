import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { byteMutations, Random, repoRoot, textMutations, type SeedDocument } from '../src/index.ts';

/**
 * Mutated posts through Astro's content layer, the way the blog loads them (glob loader +
 * `blogPostSchema`), in a throwaway project: the build either succeeds or names the file and
 * the field or line. A handful of cases, since each `astro sync` takes seconds.
 */
const root = repoRoot();
const seed: SeedDocument = { path: 'fixtures/seed/what-why-when-where-kafka.md', text: readFileSync(join(root, 'fixtures/seed/what-why-when-where-kafka.md'), 'utf8') };
const astroBin = join(createRequire(import.meta.url).resolve('astro/package.json'), '../bin/astro.mjs');
const FIELDS = ['title', 'description', 'pubDatetime', 'modDatetime', 'author', 'featured', 'draft', 'tags', 'ogImage', 'canonicalURL', 'words'];

let project: string;

beforeAll(() => {
  // Inside this package so `astro` and `@pressroom/content-schema` resolve from its node_modules.
  mkdirSync(join(import.meta.dirname, '../.tmp'), { recursive: true });
  project = mkdtempSync(join(import.meta.dirname, '../.tmp/astro-'));
  mkdirSync(join(project, 'src'), { recursive: true });
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'fuzz-content-build', private: true, type: 'module' }));
  writeFileSync(join(project, 'astro.config.mjs'), 'export default {};\n');
  writeFileSync(
    join(project, 'src/content.config.ts'),
    [
      "import { blogPostSchema } from '@pressroom/content-schema';",
      "import { glob } from 'astro/loaders';",
      "import { defineCollection } from 'astro:content';",
      '',
      'export const collections = {',
      "  blog: defineCollection({ loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: './posts' }), schema: ({ image }) => blogPostSchema({ defaultAuthor: 'Pressroom', image }) }),",
      '};',
      '',
    ].join('\n'),
  );
});

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

function mutate(names: string[], caseSeed: number): Uint8Array {
  const random = new Random(caseSeed);
  let text = seed.text;
  for (const name of names) {
    const mutation = textMutations.find((candidate) => candidate.name === name);
    if (mutation) text = mutation.apply(text, random, [seed]);
  }
  let bytes: Uint8Array = new TextEncoder().encode(text);
  for (const name of names) {
    const mutation = byteMutations.find((candidate) => candidate.name === name);
    if (mutation) bytes = mutation.apply(bytes, random);
  }
  return bytes;
}

function sync(contents: Uint8Array) {
  rmSync(join(project, 'posts'), { recursive: true, force: true });
  mkdirSync(join(project, 'posts'));
  writeFileSync(join(project, 'posts/mutated-post.md'), contents);
  const run = spawnSync(process.execPath, [astroBin, 'sync'], {
    cwd: project,
    encoding: 'utf8',
    timeout: 90_000,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}`, timedOut: run.error !== undefined };
}

/** A failure is located when it names the post and either a line (≥ 1) or a frontmatter field. */
function locatedFailure(output: string): boolean {
  if (!output.includes('mutated-post')) return false;
  const line = /mutated-post\.md:(\d+):\d+/.exec(output);
  if (line && Number(line[1]) >= 1) return true;
  return FIELDS.some((field) => new RegExp(`(^|\\s|\`)${field}\\b[^\\n]*(Expected|Missing|Unexpected|Required|Invalid)`, 'im').test(output));
}

describe('the content build of a mutated post', () => {
  it.each([
    { mutations: ['wrong-type'], caseSeed: 3 },
    { mutations: ['garble-yaml'], caseSeed: 11 },
    { mutations: ['duplicate-key'], caseSeed: 5 },
    { mutations: ['impossible-date', 'truncate-yaml'], caseSeed: 8 },
    { mutations: ['html-soup', 'odd-links', 'crlf', 'bom', 'nul-bytes'], caseSeed: 21 },
  ])('$mutations (case seed $caseSeed) succeeds or fails naming the file and the field or line', ({ mutations, caseSeed }) => {
    const result = sync(mutate(mutations, caseSeed));
    expect(result.timedOut).toBe(false);
    if (result.status !== 0) {
      expect(locatedFailure(result.output), `not located:\n${result.output}`).toBe(true);
    }
  });

  it('names the field of a wrong-typed value', () => {
    const result = sync(new TextEncoder().encode(seed.text.replace(/^pubDatetime: .*$/m, 'pubDatetime: [1, 2]')));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('mutated-post');
    expect(result.output).toMatch(/pubDatetime: Expected a real date/);
  });

  it('builds a valid post saved with a BOM and CRLF newlines', () => {
    const result = sync(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(seed.text.replace(/\n/g, '\r\n'))]));
    expect(result.output).not.toMatch(/error/i);
    expect(result.status).toBe(0);
  });

  it('names the line of a YAML syntax error', () => {
    const result = sync(new TextEncoder().encode(seed.text.replace(/^title: .*$/m, 'title: [unclosed')));
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/mutated-post\.md:5:\d+/);
  });
});
