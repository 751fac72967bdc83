import { dirname, relative } from 'node:path';
import { loadSiteConfig, markdownLinkUrl, type SiteConfig } from '@pressroom/site-config';
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

export interface MarkdownLinksOptions {
  /** The sites' configuration; read from the `pressroom.config.json` above the file when left out. */
  config?: SiteConfig;
  /** The repository root the content paths are relative to; required with `config`. */
  rootDir?: string;
}

/**
 * Rewrites relative links to Markdown files (`../guides/writing-a-post.md#start`) to the URL of
 * the page the file becomes (`/guides/writing-a-post/#start`, or the other site's absolute URL),
 * so one link works both when the file is read on GitHub and on the built site. The mapping is
 * `markdownLinkUrl` of `@pressroom/site-config`, the one the link checks use. Links it does not
 * know (other files, unpublished files, absolute URLs) are left as written for the checks to report.
 */
export const remarkMarkdownLinks: Plugin<[MarkdownLinksOptions?], Root> = (options = {}) => {
  const loaded = new Map<string, { config: SiteConfig; rootDir: string }>();
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
    visit(tree, (node) => {
      if (node.type !== 'link' && node.type !== 'definition') return;
      const url = markdownLinkUrl(config, repositoryPath, node.url);
      if (url !== undefined) node.url = url;
    });
  };
};
