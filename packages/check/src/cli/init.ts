/**
 * `pressroom init`: a `pressroom.config.json` for a repository that already has content. It names
 * what it finds (Markdown folders and files, a Starlight site's docs collection, an AstroPaper-style
 * blog in `src/data/blog`) in the light form the check reads without sites to build, so that the
 * next `pressroom check` covers exactly that content. An existing file is kept unless `--force`.
 * Beside it, when they are not there yet, a GitHub workflow that runs the check on pull requests
 * and the editor setup whose spelling agrees with the check's; files already there are never touched.
 */
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { configFileName, toPosixPath } from '@pressroom/site-config';
import { globSync } from 'tinyglobby';
import { findStarlightSites, ignoredFolders, repositoryRoot } from '../run/layout.js';
import { cspellConfigNames } from '../spelling/dictionary.js';
import type { CliIo } from './io.js';

export const initUsage = `Usage: pressroom init [options]

Writes a pressroom.config.json for this repository, from the content found in it: Markdown
folders and files, a Starlight site's src/content/docs, an AstroPaper-style src/data/blog.

Also writes, unless the file is there already:
  .github/workflows/pressroom.yml   runs the check on pull requests (the Pressroom GitHub Action)
  .vscode/extensions.json           recommends the cspell extension, whose spelling agrees with the check

Options:
  --force             replace an existing pressroom.config.json
  --no-workflow       do not write the GitHub workflow
  --no-editor         do not write the editor setup
  -h, --help          show this help`;

/** Where `$schema` points: the JSON Schema the installed check ships (both forms of the config). */
export const installedConfigSchemaPath = './node_modules/@pressroom/check/dist/pressroom.config.schema.json';

export const workflowPath = '.github/workflows/pressroom.yml';

/** A pull request workflow as the GitHub Action's guide has it: changed files and lines only. */
export const workflowText = `name: Content

on:
  pull_request:

permissions:
  contents: read

jobs:
  check:
    runs-on: ubuntu-latest
    timeout-minutes: 15
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
        with:
          # The base commit, for \`changed\`.
          fetch-depth: 0
      - uses: pressroom-dev/pressroom@v1
        with:
          changed: 'true'
          changed-lines: 'true'
`;

export const editorExtensionsPath = '.vscode/extensions.json';

/** cspell's editor extension reads the same cspell configuration the check does. */
export const editorExtensionsText = `${JSON.stringify({ recommendations: ['streetsidesoftware.code-spell-checker'] }, null, 2)}\n`;

const markdown = /\.mdx?$/i;

/** What `pressroom init` found in a repository. */
export interface Detected {
  /** Top-level files and folders that hold Markdown, repository-relative, sorted. */
  content: string[];
  docs: string | undefined;
  blog: string | undefined;
  cspellConfig: string | undefined;
}

/** Folders at the top of the repository that are never content (build output, dependencies). */
const skippedTopLevel = new Set(['node_modules', 'dist', 'build', 'coverage', 'vendor']);

export function detectContent(rootDir: string): Detected {
  const content: string[] = [];
  for (const entry of readdirSync(rootDir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.') || skippedTopLevel.has(entry.name)) continue;
    if (entry.isFile() && markdown.test(entry.name)) content.push(entry.name);
    else if (entry.isDirectory() && globSync('**/*.{md,mdx}', { cwd: join(rootDir, entry.name), ignore: ignoredFolders }).length > 0) content.push(entry.name);
  }
  const docs = findStarlightSites(rootDir)[0]?.contentDir;
  return { content, docs, blog: findBlog(rootDir), cspellConfig: cspellConfigNames.find((name) => existsSync(join(rootDir, name))) };
}

/** An AstroPaper-style blog: `src/data/blog` at the root or beside an `astro.config.*`. */
function findBlog(rootDir: string): string | undefined {
  const projects = ['', ...globSync('**/astro.config.{mjs,js,ts,mts,cjs,cts}', { cwd: rootDir, ignore: ignoredFolders, deep: 4 }).map((file) => toPosixPath(file).replace(/\/?[^/]*$/, ''))];
  for (const project of projects) {
    const dir = [project, 'src/data/blog'].filter(Boolean).join('/');
    try {
      if (statSync(join(rootDir, dir)).isDirectory()) return dir;
    } catch {
      // Not there.
    }
  }
  return undefined;
}

/** The light config for what was found: every site in its own key, and the content to check. */
export function initialConfig(found: Detected): Record<string, unknown> {
  const sites: Record<string, { contentDir: string }> = {};
  if (found.blog) sites.blog = { contentDir: found.blog };
  if (found.docs) sites.docs = { contentDir: found.docs };
  return {
    $schema: installedConfigSchemaPath,
    content: found.content.length > 0 ? found.content : ['.'],
    ...(Object.keys(sites).length > 0 ? { sites } : {}),
    checks: { rules: {}, ignore: [] },
  };
}

/** Writes a file the repository does not have yet; one that is there is the user's, and kept. */
function writeUnlessThere(rootDir: string, path: string, text: string, what: string): string {
  const target = join(rootDir, path);
  if (existsSync(target)) return `Kept ${path}: it is there already`;
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  return `Wrote ${path}: ${what}`;
}

/** How this repository runs a command of its dependencies. */
function runner(rootDir: string): string {
  if (existsSync(join(rootDir, 'pnpm-lock.yaml'))) return 'pnpm exec pressroom';
  if (existsSync(join(rootDir, 'yarn.lock'))) return 'yarn pressroom';
  if (existsSync(join(rootDir, 'bun.lock')) || existsSync(join(rootDir, 'bun.lockb'))) return 'bunx pressroom';
  return 'npx pressroom';
}

export async function runInit(argv: readonly string[], io: CliIo): Promise<number> {
  const unknown = argv.filter((arg) => !['--force', '--no-workflow', '--no-editor', '-h', '--help'].includes(arg));
  if (unknown.length > 0) {
    io.stderr(`pressroom init: Unexpected argument ${unknown[0]}, expected --force, --no-workflow, --no-editor or --help\n\n${initUsage}\n`);
    return 2;
  }
  if (argv.includes('-h') || argv.includes('--help')) {
    io.stdout(`${initUsage}\n`);
    return 0;
  }
  const rootDir = repositoryRoot(io.cwd);
  const target = join(rootDir, configFileName);
  if (existsSync(target) && !argv.includes('--force')) {
    io.stderr(`pressroom init: Unexpected ${target}: the repository has a configuration already, and it is kept. Run \`pressroom init --force\` to replace it.\n`);
    return 2;
  }
  const found = detectContent(rootDir);
  const config = initialConfig(found);
  const text = `${JSON.stringify(config, null, 2)}\n`;
  writeFileSync(target, text);
  const lines = [`Wrote ${relative(io.cwd, target) || configFileName}:`, '', text];
  lines.push(found.content.length > 0 ? `Content: ${found.content.join(', ')}` : 'Content: no Markdown found yet; the whole repository is checked');
  if (found.docs) lines.push(`Starlight docs: ${found.docs} (frontmatter checked against the site's own schema)`);
  if (found.blog) lines.push(`Blog: ${found.blog} (frontmatter checked against the blog post schema)`);
  lines.push(found.cspellConfig ? `Spelling: words from ${found.cspellConfig}` : 'Spelling: cspell\'s English dictionaries; add a cspell.config.yaml for your own words');
  if (!argv.includes('--no-workflow')) lines.push(writeUnlessThere(rootDir, workflowPath, workflowText, 'pull requests are checked by the Pressroom GitHub Action'));
  if (!argv.includes('--no-editor')) lines.push(writeUnlessThere(rootDir, editorExtensionsPath, editorExtensionsText, 'recommends the cspell extension'));
  if (!existsSync(join(rootDir, 'node_modules/@pressroom/check'))) lines.push('Editor: install @pressroom/check as a dev dependency, and `$schema` gives completion and validation of the config');
  lines.push('', `Next: ${runner(rootDir)} check`, '');
  io.stdout(lines.join('\n'));
  return 0;
}
