import { posix } from 'node:path';
import { isMarkdownPath } from '@pressroom/site-config';
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
export function linkTargets(context: RuleContext, file: FileRecord): string[] {
  const targets = new Set<string>();
  for (const { link, resolution } of fileLinks(context, file).links) {
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
