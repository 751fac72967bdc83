import { slug as githubSlug } from 'github-slugger';
import { contentId } from './routes.js';
import { writtenPath } from './paths.js';
import type { SiteName } from './schema.js';

/**
 * The file extensions each site publishes as pages. The blog publishes Markdown only, as
 * AstroPaper does (it has no MDX integration); the docs site also publishes MDX. Both apps build
 * their collection's glob pattern from this list, and the checks report any other content file.
 */
export const publishedExtensions = {
  blog: ['md'],
  docs: ['md', 'mdx'],
} as const satisfies Record<SiteName, readonly string[]>;

/** The glob pattern of a site's content collection: `**\/[^_]*.md` for the blog, AstroPaper's own. */
export function collectionPattern(site: SiteName): string {
  const extensions: readonly string[] = publishedExtensions[site];
  const extension = extensions.length === 1 ? extensions[0] : `{${extensions.join(',')}}`;
  return `**/[^_]*.${extension}`;
}

/**
 * The files that are the same page of a site as `path`: `path` itself first, then the same name
 * with each other extension the site publishes (`x.md` and `x.mdx` in the docs).
 */
export function samePageFiles(site: SiteName, path: string): string[] {
  const dot = path.lastIndexOf('.');
  const stem = dot > path.lastIndexOf('/') ? path.slice(0, dot) : path;
  return [path, ...publishedExtensions[site].map((extension) => `${stem}.${extension}`).filter((other) => other !== path)];
}

/** The extension of a file name, lower-cased and without the dot (`''` when there is none). */
export function fileExtension(path: string): string {
  const name = writtenPath(path).split('/').at(-1) ?? '';
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/**
 * Whether the site's collection loads a file, from its path inside the content folder: a
 * published extension, and a file name that does not start with `_` (folders may: AstroPaper
 * keeps posts in `_releases/`).
 */
export function loadsFile(site: SiteName, inside: string): boolean {
  const name = writtenPath(inside).split('/').at(-1) ?? '';
  return !name.startsWith('_') && (publishedExtensions[site] as readonly string[]).includes(fileExtension(name));
}

/** The frontmatter fields that decide a post's id. */
export interface IdentityFields {
  slug?: unknown;
}

/**
 * The id Astro's glob loader gives a blog post, from its path inside the content folder: its
 * `slug` frontmatter when set, used as written; otherwise each segment of the path slugged as
 * GitHub slugs headings, the extension and a trailing `/index` dropped. Two posts with one id are
 * one entry to Astro, so the checks report them.
 */
export function blogPostId(inside: string, frontmatter?: IdentityFields | undefined): string {
  const slug = frontmatter?.slug;
  // Astro's own test: any truthy value, turned into a string.
  if (slug) return String(slug);
  return contentId(inside).replace(/\/index$/, '');
}

/**
 * Where a blog post is published below `/posts/`, as AstroPaper's `getPath` puts it: the folders
 * of its file that do not start with `_`, each slugged, then the last segment of its id.
 * `_releases/v5.md` is `v5`, `examples/intro.md` is `examples/intro`, and a post with
 * `slug: hello` in `examples/` is `examples/hello`.
 */
export function blogPostPath(inside: string, id: string): string {
  const folders = writtenPath(inside)
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.')
    .slice(0, -1)
    .filter((segment) => !segment.startsWith('_'))
    .map((segment) => githubSlug(segment));
  return [...folders, id.split('/').at(-1) ?? id].join('/');
}
