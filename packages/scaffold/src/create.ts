import { readdirSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { blogPostSchema, docsPageSchema, validateFrontmatter, type FrontmatterProblem } from '@pressroom/content-schema';
import { contentId, loadSiteConfig, type LoadedSiteConfig, type SiteName } from '@pressroom/site-config';
import { parseDocument, stringify } from 'yaml';
import { docIdFromPath, ScaffoldError, slugFromTitle, titleFromPathSegment } from './slug.js';

export interface NewPostInput {
  title: string;
  description: string;
  tags?: readonly string[];
  draft?: boolean;
  /** The file name without extension; derived from the title when left out. */
  slug?: string;
}

export interface NewDocInput {
  /** Where the page goes inside the docs folder, e.g. `guides/deploy-sites`. */
  path: string;
  /** Derived from the last part of `path` when left out. */
  title?: string;
  description?: string;
}

export interface ScaffoldOptions {
  /** Any folder inside the repository; `pressroom.config.json` is looked up from here. */
  cwd?: string;
  /** "Today", for `pubDatetime`. */
  now?: Date;
}

/** A file that is ready to be written: its place, its id and its full text, already validated. */
export interface PlannedFile {
  site: SiteName;
  rootDir: string;
  /** The site's content folder, where address collisions are looked for. */
  contentDir: string;
  /** Absolute path of the new file. */
  path: string;
  /** The path from the repository root, with `/` separators. */
  repositoryPath: string;
  /** The content id both the sites and the checks derive from the path. */
  id: string;
  frontmatter: Record<string, unknown>;
  text: string;
}

export class FrontmatterInvalidError extends ScaffoldError {
  override name = 'FrontmatterInvalidError';
  constructor(
    readonly repositoryPath: string,
    readonly problems: FrontmatterProblem[],
  ) {
    super(
      `${repositoryPath}: the new frontmatter is not valid, nothing was written\n${problems
        .map((problem) => `  - ${problem.message}${problem.example ? ` (e.g. ${problem.example})` : ''}`)
        .join('\n')}`,
    );
  }
}

export class FileExistsError extends ScaffoldError {
  override name = 'FileExistsError';
}

/** `YYYY-MM-DD` in the local time zone: the day the contributor sees on their calendar. */
export function localDate(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function parseTags(value: string | readonly string[] | undefined): string[] {
  const parts = typeof value === 'string' ? [value] : (value ?? []);
  return [...new Set(parts.flatMap((part) => part.split(',')).map((tag) => tag.trim()).filter((tag) => tag !== ''))];
}

function toRepositoryPath(rootDir: string, path: string): string {
  return relative(rootDir, path).split(sep).join('/');
}

function render(frontmatter: Record<string, unknown>, body: string): string {
  return `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${body}`;
}

/** Reads the YAML back as a reader would, so what is validated is exactly what is written. */
function validateWritten<T extends Parameters<typeof validateFrontmatter>[0]>(schema: T, text: string, repositoryPath: string) {
  const yamlText = text.split('\n---\n')[0]!.replace(/^---\n/, '');
  const document = parseDocument(yamlText);
  if (document.errors.length > 0) {
    throw new ScaffoldError(`${repositoryPath}: the generated YAML does not parse: ${document.errors[0]!.message}`);
  }
  const result = validateFrontmatter(schema, document.toJS());
  if (!result.success) throw new FrontmatterInvalidError(repositoryPath, result.problems);
}

function site(loaded: LoadedSiteConfig, name: SiteName) {
  return join(loaded.rootDir, loaded.config.sites[name].contentDir);
}

export function planPost(input: NewPostInput, options: ScaffoldOptions = {}): PlannedFile {
  const loaded = loadSiteConfig(options.cwd);
  const id = input.slug === undefined ? slugFromTitle(input.title) : docIdFromPath(input.slug);
  if (id === '') {
    throw new ScaffoldError(
      `The title ${JSON.stringify(input.title)} has no letters or digits to make a file name from; pass one with --slug`,
    );
  }
  const contentDir = site(loaded, 'blog');
  const path = join(contentDir, `${id}.md`);
  const repositoryPath = toRepositoryPath(loaded.rootDir, path);
  const tags = parseTags(input.tags);
  const frontmatter: Record<string, unknown> = {
    title: input.title.trim(),
    description: input.description.trim(),
    pubDatetime: localDate(options.now ?? new Date()),
    author: loaded.config.author,
    ...(tags.length > 0 ? { tags } : {}),
    ...(input.draft ? { draft: true } : {}),
  };
  const text = render(frontmatter, 'Write the post here.\n');
  validateWritten(blogPostSchema({ defaultAuthor: loaded.config.author }), text, repositoryPath);
  return { site: 'blog', rootDir: loaded.rootDir, contentDir, path, repositoryPath, id, frontmatter, text };
}

export function planDoc(input: NewDocInput, options: ScaffoldOptions = {}): PlannedFile {
  const loaded = loadSiteConfig(options.cwd);
  const id = docIdFromPath(input.path);
  const lastSegment = input.path.trim().replaceAll('\\', '/').split('/').filter(Boolean).at(-1) ?? '';
  const title = (input.title ?? titleFromPathSegment(lastSegment)).trim();
  const description = input.description?.trim();
  const contentDir = site(loaded, 'docs');
  const path = join(contentDir, `${id}.md`);
  const repositoryPath = toRepositoryPath(loaded.rootDir, path);
  const frontmatter: Record<string, unknown> = { title, ...(description ? { description } : {}) };
  const text = render(frontmatter, 'Write the page here.\n');
  validateWritten(docsPageSchema(), text, repositoryPath);
  return { site: 'docs', rootDir: loaded.rootDir, contentDir, path, repositoryPath, id, frontmatter, text };
}

function markdownFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(?:md|mdx)$/i.test(file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * Writes a planned file, never over an existing one: neither the same path nor another file that
 * would be published at the same address (`My Post.md` and `my-post.md` share one URL).
 */
export async function writePlannedFile(plan: PlannedFile): Promise<PlannedFile> {
  for (const file of markdownFiles(plan.contentDir)) {
    const existing = join(plan.contentDir, file);
    if (existing === plan.path) {
      throw new FileExistsError(`${plan.repositoryPath} already exists; nothing was written. Pick another title or edit that file.`);
    }
    if (contentId(file) === plan.id) {
      throw new FileExistsError(
        `${toRepositoryPath(plan.rootDir, existing)} already has the address "${plan.id}"; ${plan.repositoryPath} was not written. Pick another title.`,
      );
    }
  }
  await mkdir(dirname(plan.path), { recursive: true });
  try {
    // `wx` closes the gap between the check above and the write: an existing file is never replaced.
    await writeFile(plan.path, plan.text, { encoding: 'utf8', flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new FileExistsError(`${plan.repositoryPath} already exists; nothing was written.`);
    }
    throw error;
  }
  return plan;
}

export async function createPost(input: NewPostInput, options: ScaffoldOptions = {}): Promise<PlannedFile> {
  return writePlannedFile(planPost(input, options));
}

export async function createDoc(input: NewDocInput, options: ScaffoldOptions = {}): Promise<PlannedFile> {
  return writePlannedFile(planDoc(input, options));
}
