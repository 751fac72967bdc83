import type { SiteName } from '@pressroom/site-config';
import type { ResolvedConfig } from '../run/config.js';
import { otherContentFiles } from '../run/files.js';
import { buildLinkGraph } from './graph.js';

/** A content file as the checks see it published. */
export interface SitePage {
  /** Posix path relative to the repository root. */
  relativePath: string;
  site: SiteName;
  /** Where the site publishes it, base included (`/posts/kafka/`). */
  path: string;
  /** Why the built site leaves it out, when it does. */
  unpublished: 'draft' | 'scheduled' | undefined;
}

/**
 * Every content file on disk that a site loads, with the address the checks' link graph gives it:
 * what a link to it must say, and where a build must publish it. Files a site does not load (a
 * name starting with `_`, an extension it does not publish) are not in the list.
 */
export function sitePages(config: ResolvedConfig, now: Date = new Date()): SitePage[] {
  const { config: site, rootDir } = config.site;
  // No run here: every content file on disk is read, as a run reads those outside it.
  const graph = buildLinkGraph({ config: site, rootDir, files: otherContentFiles(site, rootDir, []), now });
  return [...graph.pagesByFile.values()].map((page) => ({
    relativePath: page.relativePath,
    site: page.site,
    path: page.sitePath,
    unpublished: page.unpublished,
  }));
}
