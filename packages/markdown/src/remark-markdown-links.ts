import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { loadSiteConfig, markdownLinkUrl, type IdentityFields, type SiteConfig } from '@pressroom/site-config';
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';

export interface MarkdownLinksOptions {
  /** The sites' configuration; read from the `pressroom.config.json` above the file when left out. */
  config?: SiteConfig;
  /** The repository root the content paths are relative to; required with `config`. */
  rootDir?: string;
}

const frontmatterBlock = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/**
 * The frontmatter of a linked file, for a post's `slug`; read again only when the file changed.
 * A file that is missing or whose YAML does not parse has none (the checks report it).
 */
function frontmatterReader(rootDir: string) {
  const read = new Map<string, { modified: number; fields: IdentityFields | undefined }>();
  return (repositoryPath: string): IdentityFields | undefined => {
    const path = join(rootDir, repositoryPath);
    let modified: number;
    try {
      modified = statSync(path).mtimeMs;
    } catch {
      return undefined;
    }
    const known = read.get(path);
    if (known?.modified === modified) return known.fields;
    let fields: IdentityFields | undefined;
    try {
      const block = frontmatterBlock.exec(readFileSync(path, 'utf8'))?.[1];
      const data: unknown = block === undefined ? undefined : parseYaml(block);
      fields = data && typeof data === 'object' ? (data as IdentityFields) : undefined;
    } catch {
      fields = undefined;
    }
    read.set(path, { modified, fields });
    return fields;
  };
}

/**
 * Rewrites relative links to Markdown files (`../guides/writing-a-post.md#start`) to the URL of
 * the page the file becomes (`/guides/writing-a-post/#start`, or the other site's absolute URL),
 * so one link works both when the file is read on GitHub and on the built site. A blog post with
 * a `slug` is linked at the slug's address. The mapping is
 * `markdownLinkUrl` of `@pressroom/site-config`, the one the link checks use. Links it does not
 * know (other files, unpublished files, absolute URLs) are left as written for the checks to report.
 */
export const remarkMarkdownLinks: Plugin<[MarkdownLinksOptions?], Root> = (options = {}) => {
  const loaded = new Map<string, { config: SiteConfig; rootDir: string }>();
  const readers = new Map<string, (repositoryPath: string) => IdentityFields | undefined>();
  const settingsFor = (filePath: string) => {
    if (options.config && options.rootDir) return { config: options.config, rootDir: options.rootDir };
    const folder = dirname(filePath);
    let settings = loaded.get(folder);
    if (!settings) {
      const site = loadSiteConfig(folder);
      settings = { config: site.config, rootDir: site.rootDir };
      loaded.set(folder, settings);
    }
    return settings;
  };

  return (tree, file) => {
    // Without a path (Markdown rendered from a string) there is nothing to be relative to.
    if (!file.path) return;
    const { config, rootDir } = settingsFor(file.path);
    const repositoryPath = relative(rootDir, file.path).replaceAll('\\', '/');
    let frontmatterOf = readers.get(rootDir);
    if (!frontmatterOf) readers.set(rootDir, (frontmatterOf = frontmatterReader(rootDir)));
    visit(tree, (node) => {
      if (node.type !== 'link' && node.type !== 'definition') return;
      const url = markdownLinkUrl(config, repositoryPath, node.url, frontmatterOf);
      if (url !== undefined) node.url = url;
    });
  };
};
