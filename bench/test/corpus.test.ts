import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, normalize, relative } from 'node:path';
import { blogPostSchema, docsPageSchema } from '@pressroom/content-schema';
import GithubSlugger from 'github-slugger';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { docsSidebarFolders, fixedDocsPages, generateCorpus, type CorpusProfile, type Manifest } from '../src/corpus.ts';

const made: string[] = [];
function corpus(posts: number, seed: string, profile?: CorpusProfile): { dir: string; manifest: Manifest } {
  const dir = mkdtempSync(join(tmpdir(), 'pressroom-bench-test-'));
  made.push(dir);
  return { dir, manifest: generateCorpus({ posts, seed, outDir: dir, profile }) };
}
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function filesOf(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(join(dir, 'content'), { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      files.set(relative(dir, path), readFileSync(path));
    }
  }
  files.set('manifest.json', readFileSync(join(dir, 'manifest.json')));
  return files;
}

function splitFrontmatter(text: string): { data: unknown; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) throw new Error('no frontmatter');
  return { data: parseYaml(match[1] as string), body: text.slice(match[0].length) };
}

/** Heading slugs of a file as the sites make them: github-slugger over the heading's plain text. */
function anchorsOf(text: string): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  let inFence = false;
  for (const line of text.split('\n')) {
    if (line.startsWith('```')) inFence = !inFence;
    const heading = !inFence && /^#{1,6} (.+)$/.exec(line);
    if (heading) anchors.add(slugger.slug((heading[1] as string).replaceAll('`', '').replace(/\*\*?([^*]+)\*\*?/g, '$1')));
  }
  return anchors;
}

/** An independent resolver of the corpus's link forms, to prove that only the recorded links are broken. */
function brokenLinks(dir: string): string[] {
  const broken: string[] = [];
  const routeToFile = (site: 'blog' | 'docs', path: string) => {
    if (site === 'blog') {
      const slug = /^\/posts\/([^/]+)\/$/.exec(path)?.[1];
      return slug ? `content/blog/${slug}.md` : undefined;
    }
    if (path === '/') return 'content/docs/index.md';
    const page = `content/docs${path.replace(/\/$/, '')}`;
    return existsSync(join(dir, `${page}.mdx`)) ? `${page}.mdx` : `${page}.md`;
  };
  for (const entry of readdirSync(join(dir, 'content'), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.mdx?$/.test(entry.name)) continue;
    const file = relative(dir, join(entry.parentPath, entry.name));
    const site = file.startsWith('content/blog/') ? 'blog' : 'docs';
    const text = readFileSync(join(dir, file), 'utf8');
    text.split('\n').forEach((line, index) => {
      for (const match of line.matchAll(/!?\[[^\]]*\]\(([^)]+)\)/g)) {
        const url = match[1] as string;
        const [path = '', anchor] = url.split('#');
        let target: string | undefined;
        if (path === '') target = file;
        else if (path.startsWith('https://blog.pressroom.example')) target = routeToFile('blog', path.slice('https://blog.pressroom.example'.length));
        else if (path.startsWith('https://docs.pressroom.example')) target = routeToFile('docs', path.slice('https://docs.pressroom.example'.length));
        else if (path.startsWith('/')) target = routeToFile(site, path);
        else target = normalize(join(dirname(file), path));
        const location = `${file}:${index + 1}:${(match.index ?? 0) + 1}`;
        if (!target || !existsSync(join(dir, target))) broken.push(location);
        else if (anchor !== undefined && !anchorsOf(readFileSync(join(dir, target), 'utf8')).has(anchor)) broken.push(location);
      }
    });
  }
  return broken.sort();
}

/** Where the manifest says a link is broken, as `file:line:column`, sorted. */
function recordedLinkDefects(manifest: Manifest): string[] {
  return manifest.defects
    .filter((defect) => defect.kind !== 'misspelling')
    .map((defect) => `${defect.file}:${defect.line}:${defect.column}`)
    .sort();
}

describe('generateCorpus', () => {
  it('writes the same bytes for the same seed and different bytes for another seed', () => {
    const first = filesOf(corpus(12, 'alpha').dir);
    const again = filesOf(corpus(12, 'alpha').dir);
    const other = filesOf(corpus(12, 'beta').dir);
    expect([...again.keys()].sort()).toEqual([...first.keys()].sort());
    for (const [path, bytes] of first) expect(again.get(path)?.equals(bytes), path).toBe(true);
    const differing = [...first].filter(([path, bytes]) => !other.get(path)?.equals(bytes));
    expect(differing.length).toBeGreaterThan(0);
  });

  const { dir, manifest } = corpus(40, 'checks');

  it('gives every post frontmatter that the blog schema accepts, and every docs page the docs schema', () => {
    const schema = blogPostSchema({ defaultAuthor: 'Pressroom' });
    const posts = readdirSync(join(dir, 'content/blog')).filter((name) => name.endsWith('.md'));
    expect(posts).toHaveLength(40);
    for (const name of posts) {
      const { data } = splitFrontmatter(readFileSync(join(dir, 'content/blog', name), 'utf8'));
      const result = schema.safeParse(data);
      expect(result.success, `${name}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
      expect((data as { draft?: boolean }).draft).not.toBe(true);
    }
    const docs = readdirSync(join(dir, 'content/docs'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(docs.length).toBe(manifest.docsPages);
    for (const entry of docs) {
      const { data } = splitFrontmatter(readFileSync(join(entry.parentPath, entry.name), 'utf8'));
      expect(docsPageSchema().safeParse(data).success, entry.name).toBe(true);
    }
  });

  it('records each defect at the line and column where it is written', () => {
    expect(manifest.defects.filter((defect) => defect.kind === 'misspelling').length).toBeGreaterThan(10);
    expect(manifest.defects.filter((defect) => defect.kind === 'broken-file').length).toBeGreaterThan(0);
    expect(manifest.defects.filter((defect) => defect.kind === 'broken-anchor').length).toBeGreaterThan(0);
    for (const defect of manifest.defects) {
      const line = readFileSync(join(dir, defect.file), 'utf8').split('\n')[defect.line - 1] ?? '';
      expect(line.slice(defect.column - 1), `${defect.file}:${defect.line}:${defect.column}`).toMatch(
        new RegExp(`^${defect.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
      );
      if (defect.kind === 'misspelling') expect(line.slice(defect.column - 1 + defect.text.length)).toMatch(/^[\s.,)]|^$/);
    }
  });

  it('breaks exactly the links the manifest lists, and no other', () => {
    expect(brokenLinks(dir)).toEqual(recordedLinkDefects(manifest));
  });

  it('adds docs pages past the fixed ones over the sidebar folders, valid and linked, and leaves a default corpus as it was', () => {
    const wider = mkdtempSync(join(tmpdir(), 'pressroom-bench-test-'));
    made.push(wider);
    const widerManifest = generateCorpus({ posts: 40, seed: 'checks', outDir: wider, docsPages: 40 });
    expect(widerManifest.docsPages).toBe(40);
    const docs = readdirSync(join(wider, 'content/docs'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(join(wider, 'content/docs'), join(entry.parentPath, entry.name)));
    expect(docs).toHaveLength(40);
    const fixed = new Set(readdirSync(join(dir, 'content/docs'), { recursive: true, encoding: 'utf8' }));
    const added = docs.filter((file) => !fixed.has(file));
    expect(added).toHaveLength(40 - fixedDocsPages);
    const byFolder = Object.groupBy(added, (file) => file.split('/')[0] as string);
    expect(Object.keys(byFolder).sort()).toEqual([...docsSidebarFolders].sort());
    for (const folder of docsSidebarFolders) expect(byFolder[folder]?.length).toBeGreaterThanOrEqual(Math.floor(added.length / docsSidebarFolders.length));
    for (const file of added) {
      const { data } = splitFrontmatter(readFileSync(join(wider, 'content/docs', file), 'utf8'));
      expect(docsPageSchema().safeParse(data).success, file).toBe(true);
    }
    expect(brokenLinks(wider)).toEqual(recordedLinkDefects(widerManifest));
    // Without the option, and with it at the fixed count, the corpus is the one it always was.
    const same = mkdtempSync(join(tmpdir(), 'pressroom-bench-test-'));
    made.push(same);
    generateCorpus({ posts: 40, seed: 'checks', outDir: same, docsPages: fixedDocsPages });
    const original = filesOf(dir);
    for (const [path, bytes] of filesOf(same)) expect(original.get(path)?.equals(bytes), path).toBe(true);
    expect(() => generateCorpus({ posts: 1, seed: 'checks', outDir: same, docsPages: fixedDocsPages - 1 })).toThrow(/at least 12/);
  });

  it('writes the configuration each tool needs next to the content', () => {
    for (const name of ['pressroom.config.json', 'cspell.config.yaml', '.remarkrc.mjs', 'remarkrc.links.mjs', 'markdown-link-check.json']) {
      expect(existsSync(join(dir, name)), name).toBe(true);
    }
    const config = JSON.parse(readFileSync(join(dir, 'pressroom.config.json'), 'utf8')) as { sites: Record<string, { contentDir: string }> };
    expect(config.sites.blog?.contentDir).toBe('content/blog');
    expect(config.sites.docs?.contentDir).toBe('content/docs');
    const linkCheck = JSON.parse(readFileSync(join(dir, 'markdown-link-check.json'), 'utf8')) as { ignorePatterns: { pattern: string }[] };
    expect(linkCheck.ignorePatterns.some(({ pattern }) => new RegExp(pattern).test('https://example.com/'))).toBe(true);
  });
});

/** Lines outside fenced code, with inline code blanked: where spelling checkers read. */
function prose(text: string): string[] {
  let inFence = false;
  return text.split('\n').flatMap((line) => {
    if (line.startsWith('```')) {
      inFence = !inFence;
      return [];
    }
    return inFence ? [] : [line.replace(/`[^`]*`/g, ' ')];
  });
}

describe('generateCorpus, real profile', () => {
  const { dir, manifest } = corpus(40, 'real-checks', 'real');
  const files = [...filesOf(dir)].filter(([path]) => path.startsWith('content/') && /\.mdx?$/.test(path)).map(([path, bytes]) => [path, bytes.toString('utf8')] as const);

  it('writes the same bytes for the same seed, and keeps the generated profile as it was', () => {
    const again = filesOf(corpus(40, 'real-checks', 'real').dir);
    for (const [path, text] of files) expect(again.get(path)?.toString('utf8') === text, path).toBe(true);
    expect(manifest.profile).toBe('real');
    const generated = corpus(12, 'alpha');
    expect(generated.manifest.profile).toBe('generated');
    expect([...filesOf(generated.dir).keys()].some((path) => path.endsWith('.mdx'))).toBe(false);
  });

  it('gives every post and docs page valid frontmatter; the docs pages but the index are MDX', () => {
    const schema = blogPostSchema({ defaultAuthor: 'Pressroom' });
    const posts = files.filter(([path]) => path.startsWith('content/blog/'));
    expect(posts).toHaveLength(40);
    for (const [path, text] of posts) {
      expect(path).toMatch(/\.md$/);
      expect(schema.safeParse(splitFrontmatter(text).data).success, path).toBe(true);
    }
    const docs = files.filter(([path]) => path.startsWith('content/docs/'));
    expect(docs.filter(([path]) => path.endsWith('.mdx'))).toHaveLength(manifest.docsPages - 1);
    for (const [path, text] of docs) expect(docsPageSchema().safeParse(splitFrontmatter(text).data).success, path).toBe(true);
  });

  it('names thousands of people and identifiers per thousand posts, in prose, in every shape', () => {
    const written = files.flatMap(([, text]) => prose(text)).join('\n');
    expect(manifest.distinctNames).toBeGreaterThan(200);
    // Contributor handles, camelCase, dotted and hyphenated identifiers, package names, outside code.
    expect(written).toMatch(/ @[a-z]+(?:-[a-z]+)?\d*[,.)]/);
    expect(written).toMatch(/ [a-z]{4,}[A-Z][a-z]+ /);
    expect(written).toMatch(/ [a-z]{4,}\.[a-z]+[A-Z][a-z]+ /);
    expect(written).toMatch(/ [a-z]{4,}-[a-z]+-(?:adapter|plugin|loader|client) /);
    expect(written).toMatch(/ @[a-z]+\/[a-z]+-core /);
  });

  it('has changelog lists, tables, large code blocks and files of more than 100 KB', () => {
    const texts = files.map(([, text]) => text);
    expect(texts.some((text) => /(?:^- .*\n(?: {2}.*\n)*){15}/m.test(text))).toBe(true);
    expect(texts.some((text) => /(?:^\| .*\|\n){10}/m.test(text))).toBe(true);
    expect(texts.some((text) => /^```\w+\n(?:(?!```).*\n){30}/m.test(text))).toBe(true);
    expect(files.filter(([, text]) => Buffer.byteLength(text) > 100_000).length).toBeGreaterThanOrEqual(1);
  });

  it('records each defect where it is written, within what a checker reports in a file', () => {
    expect(manifest.defects.filter((defect) => defect.kind === 'misspelling').length).toBeGreaterThan(20);
    const texts = new Map(files);
    for (const defect of manifest.defects) {
      const line = texts.get(defect.file)?.split('\n')[defect.line - 1] ?? '';
      expect(line.slice(defect.column - 1).startsWith(defect.text), `${defect.file}:${defect.line}:${defect.column}`).toBe(true);
    }
    // cspell reports one word at most 5 times a file: a sixth would be a defect nobody reports.
    const perFileWord = Object.groupBy(manifest.defects.filter((defect) => defect.kind === 'misspelling'), (defect) => `${defect.file} ${defect.text}`);
    expect(Math.max(...Object.values(perFileWord).map((defects) => defects?.length ?? 0))).toBeLessThanOrEqual(4);
  });

  it('breaks exactly the links the manifest lists, and no other', () => {
    expect(brokenLinks(dir)).toEqual(recordedLinkDefects(manifest));
  });
});
