import { posix } from 'node:path';
import { contentId, isMarkdownPath } from '@pressroom/site-config';
import type { FileRecord, RuleContext } from '../rule.js';
import type { LinkOccurrence, ReferenceOccurrence } from './collect.js';
import { buildLinkGraph, type LinkGraph } from './graph.js';
import { resolveLink, type Resolution } from './resolve.js';

export interface ResolvedLink {
  link: LinkOccurrence;
  resolution: Resolution;
}

export interface FileLinks {
  links: ResolvedLink[];
  references: ReferenceOccurrence[];
}

/** The one graph of both sites for this run, shared by every link rule. */
export function linkGraph(context: RuleContext): LinkGraph {
  return context.shared('links:graph', () =>
    buildLinkGraph({
      config: context.site.config,
      rootDir: context.rootDir,
      files: context.files.filter((file) => file.readable),
    }),
  );
}

function resolvedLink(context: RuleContext, file: FileRecord, link: LinkOccurrence): ResolvedLink {
  const graph = linkGraph(context);
  return { link, resolution: resolveLink(graph, { relativePath: file.relativePath, page: graph.pagesByFile.get(file.relativePath) }, link.url, link.kind) };
}

/**
 * What a URL must contain, in lower case, to land on one of `paths`: its file name (a link to the
 * file) or the last segment of its id (a link to the page). `undefined` when some path is an
 * index page, whose route ends in its folder: then any URL may name it.
 */
function namesOf(paths: ReadonlySet<string>): string[] | undefined {
  const names: string[] = [];
  for (const path of paths) {
    const stem = posix.basename(path).replace(/\.(?:md|mdx|markdown)$/i, '');
    if (stem.toLowerCase() === 'index') return undefined;
    names.push(stem.toLowerCase(), contentId(stem).toLowerCase());
  }
  return names;
}

function mayName(url: string, names: readonly string[]): boolean {
  let written = url.toLowerCase();
  if (written.includes('%')) {
    try {
      written = decodeURIComponent(written);
    } catch {
      return true;
    }
  }
  return names.some((name) => written.includes(name));
}

/** A file's links, each resolved once per run whatever number of rules read them. */
export function fileLinks(context: RuleContext, file: FileRecord): FileLinks {
  return context.shared(`links:file:${file.relativePath}`, () => {
    const graph = linkGraph(context);
    const source = { relativePath: file.relativePath, page: graph.pagesByFile.get(file.relativePath) };
    const { links, references } = file.facts;
    return {
      links: links.map((link) => ({ link, resolution: resolveLink(graph, source, link.url, link.kind) })),
      references,
    };
  });
}

/** Repository paths a file's links land on: `--changed` re-checks the file when one of them changes. */
export function linkTargets(context: RuleContext, file: FileRecord, only?: ReadonlySet<string>): string[] {
  const targets = new Set<string>();
  const names = only ? namesOf(only) : undefined;
  if (names && file.mayMention?.(names) === false) return [];
  // Asked only about some paths (`--changed`), a link whose URL cannot name any of them is not
  // resolved: resolving every link of every file is the cost of a small run.
  const links = names ? file.facts.links.filter((link) => mayName(link.url, names)) : undefined;
  const resolved = links ? links.map((link) => resolvedLink(context, file, link)) : fileLinks(context, file).links;
  for (const { link, resolution } of resolved) {
    if ('page' in resolution && resolution.page) targets.add(resolution.page.relativePath);
    else if (resolution.status === 'missing-file' && isMarkdownPath(resolution.target) && !/^[a-z][a-z\d+.-]*:|^\//i.test(link.url)) {
      // A file link that is broken now may be fixed by adding (or restoring) the file it names.
      let written = resolution.target;
      try {
        written = decodeURIComponent(written);
      } catch {
        // Kept as written.
      }
      targets.add(posix.normalize(posix.join(posix.dirname(file.relativePath), written)));
    }
  }
  targets.delete(file.relativePath);
  return [...targets];
}
