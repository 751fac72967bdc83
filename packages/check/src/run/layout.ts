import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { siteConfigSchema, siteNames, toPosixPath, type LightConfig, type SiteConfig, type SiteName } from '@pressroom/site-config';
import { globSync } from 'tinyglobby';
import type { RepositoryLayout, SchemaSource } from '../rule.js';

export type { RepositoryLayout, SchemaSource };

/** The layout of a repository whose `pressroom.config.json` names both sites. */
export function configuredLayout(config: SiteConfig, rootDir: string): RepositoryLayout {
  return {
    source: 'config',
    sites: [...siteNames],
    // The docs site is Starlight: its schema resolves from the repository, else from this package.
    schemas: { blog: { kind: 'blog' }, docs: { kind: 'starlight', from: rootDir, pressroomFields: true } },
    contentDirs: siteNames.map((site) => config.sites[site].contentDir),
  };
}

/** A folder no file is in: the content folder of a site the repository does not have. */
const absentContentDir = (site: SiteName) => `.pressroom-no-${site}-site`;

/** Folders never searched for sites or content. */
export const ignoredFolders = ['**/node_modules/**', '**/.git/**', '**/dist/**', '**/.astro/**', '**/.turbo/**', '**/.cache/**'];

export interface DetectedRepository {
  rootDir: string;
  config: SiteConfig;
  layout: RepositoryLayout;
}

/**
 * The root of a repository without `pressroom.config.json`: the nearest folder above `cwd` with
 * `.git`, else the nearest with `package.json`, else `cwd` itself.
 */
export function repositoryRoot(cwd: string): string {
  for (const marker of ['.git', 'package.json']) {
    let dir = resolve(cwd);
    for (;;) {
      if (existsSync(join(dir, marker))) return dir;
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  return resolve(cwd);
}

export interface StarlightSite {
  /** The folder of `astro.config.*`, repository-relative ('' for the root). */
  dir: string;
  /** Its docs collection, repository-relative. */
  contentDir: string;
  url: string | undefined;
  base: string | undefined;
}

/**
 * Starlight sites under `rootDir`: an `astro.config.*` that uses the `starlight()` integration and
 * has the docs collection (`src/content/docs`). `site` and `base` are read from the file's text, as
 * running it would need Astro.
 */
export function findStarlightSites(rootDir: string): StarlightSite[] {
  const configs = globSync('**/astro.config.{mjs,js,ts,mts,cjs,cts}', { cwd: rootDir, ignore: ignoredFolders, deep: 4 }).sort();
  const sites: StarlightSite[] = [];
  for (const file of configs) {
    let text: string;
    try {
      text = readFileSync(join(rootDir, file), 'utf8');
    } catch {
      continue;
    }
    if (!/@astrojs\/starlight/.test(text) || !/\bstarlight\s*\(/.test(text)) continue;
    const dir = toPosixPath(dirname(file)).replace(/^\.$/, '');
    const contentDir = [dir, 'src/content/docs'].filter(Boolean).join('/');
    if (!existsSync(join(rootDir, contentDir))) continue;
    sites.push({ dir, contentDir, url: stringOption(text, 'site'), base: stringOption(text, 'base') });
  }
  return sites;
}

/** A top-level string option of `defineConfig({ … })`, such as `site: 'https://…'`. */
function stringOption(text: string, name: string): string | undefined {
  return new RegExp(`(?:^|[\\s,{])${name}\\s*:\\s*(['"\`])([^'"\`]+)\\1`, 'm').exec(text)?.[2];
}

/** The version of the `@astrojs/starlight` installed for a folder, if any: part of the cache's key. */
function starlightVersion(rootDir: string, dir: string): string | undefined {
  let folder = resolve(rootDir, dir);
  for (;;) {
    const manifest = join(folder, 'node_modules/@astrojs/starlight/package.json');
    if (existsSync(manifest)) {
      try {
        return (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version;
      } catch {
        return undefined;
      }
    }
    const parent = dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}

function normalBase(base: string | undefined): string {
  if (!base) return '/';
  return `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

/**
 * The defaults for a repository without `pressroom.config.json`: Markdown and MDX anywhere in it
 * (but `node_modules` and build output) with spelling, style, unsafe content and links resolved
 * relative to each file, as GitHub shows them. A Starlight site found in it is its docs site,
 * whose pages' frontmatter is checked against the site's own Starlight schema.
 */
export function detectRepository(cwd: string): DetectedRepository {
  const rootDir = repositoryRoot(cwd);
  const starlight = findStarlightSites(rootDir)[0];
  return placeholderRepository(rootDir, { docs: starlight }, ['.']);
}

/**
 * A repository that is not a Pressroom monorepo: its sites (a Starlight docs site, a blog) where
 * they were found or named, the others placeholders no file belongs to, and the folders checked
 * when no path is given.
 */
function placeholderRepository(rootDir: string, found: { docs?: StarlightSite; blog?: string }, contentDirs: string[]): DetectedRepository {
  const starlight = found.docs;
  const placeholder = (site: SiteName) => ({
    title: site,
    description: site,
    url: `https://${site}.invalid`,
    contentDir: absentContentDir(site),
  });
  const config = siteConfigSchema.parse({
    author: 'Unknown',
    repository: { url: 'https://example.invalid/repository' },
    sites: {
      blog: found.blog ? { ...placeholder('blog'), contentDir: found.blog } : placeholder('blog'),
      docs: starlight
        ? { ...placeholder('docs'), url: starlight.url ?? 'https://docs.invalid', base: normalBase(starlight.base), contentDir: starlight.contentDir }
        : placeholder('docs'),
    },
  });
  const layout: RepositoryLayout = {
    source: 'detected',
    sites: [...(found.blog ? (['blog'] as const) : []), ...(starlight ? (['docs'] as const) : [])],
    schemas: {
      ...(found.blog ? { blog: { kind: 'blog' as const } } : {}),
      ...(starlight ? { docs: { kind: 'starlight' as const, from: resolve(rootDir, starlight.dir), pressroomFields: false, ...versionField(starlightVersion(rootDir, starlight.dir)) } } : {}),
    },
    contentDirs,
  };
  return { rootDir, config, layout };
}

const versionField = (version: string | undefined) => (version ? { version } : {});

/** The site whose content folder holds a repository-relative path, among the layout's sites. */
export function siteOfPath(config: SiteConfig, layout: RepositoryLayout, relativePath: string): { site: SiteName; dir: string } | undefined {
  for (const site of layout.sites) {
    const dir = toPosixPath(config.sites[site].contentDir).replace(/^\.\/|\/+$/g, '');
    if (relativePath.startsWith(`${dir}/`)) return { site, dir };
  }
  return undefined;
}

/** `relative()` as a posix path. */
export const posixRelative = (from: string, to: string) => toPosixPath(relative(from, to));

/** The repository a light config describes; `problem` names what it gets wrong. */
export function lightRepository(rootDir: string, light: LightConfig): DetectedRepository & { checks: unknown } {
  let docs: StarlightSite | undefined;
  if (light.sites.docs) {
    const contentDir = toPosixPath(light.sites.docs.contentDir).replace(/^\.\/|\/+$/g, '');
    // The Starlight site whose docs collection it is gives the schema and the URL; else the root's install.
    docs = findStarlightSites(rootDir).find((site) => site.contentDir === contentDir) ?? { dir: '', contentDir, url: undefined, base: undefined };
  }
  const blog = light.sites.blog && toPosixPath(light.sites.blog.contentDir).replace(/^\.\/|\/+$/g, '');
  return { ...placeholderRepository(rootDir, { docs, blog }, light.content), checks: light.checks };
}
