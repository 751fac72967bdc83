import { posix } from 'node:path';
import { isMarkdownPath } from '@pressroom/site-config';
import type { ContentFile, RuleContext } from '../rule.js';
import { collectLinks, type LinkOccurrence, type ReferenceOccurrence } from './collect.js';
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

/**
 * Links written in the frontmatter that the sites render: the action buttons of a docs page's
 * hero (`hero.actions[].link`), positioned on their value.
 */
export function frontmatterLinks(file: ContentFile): LinkOccurrence[] {
  const data = file.frontmatter?.data;
  if (file.site !== 'docs' || !data || typeof data !== 'object') return [];
  const actions = (data as { hero?: { actions?: unknown } }).hero?.actions;
  if (!Array.isArray(actions)) return [];
  const links: LinkOccurrence[] = [];
  actions.forEach((action: unknown, index) => {
    if (!action || typeof action !== 'object') return;
    const { link, text } = action as { link?: unknown; text?: unknown };
    if (typeof link !== 'string') return;
    links.push({
      url: link,
      kind: 'link',
      position: file.frontmatter!.positionOf(['hero', 'actions', index, 'link'], 'value'),
      ...(typeof text === 'string'
        ? { text, textPosition: file.frontmatter!.positionOf(['hero', 'actions', index, 'text'], 'value') }
        : {}),
      navigates: true,
    });
  });
  return links;
}

/** A file's links, each resolved once per run whatever number of rules read them. */
export function fileLinks(context: RuleContext, file: ContentFile): FileLinks {
  return context.shared(`links:file:${file.relativePath}`, () => {
    const graph = linkGraph(context);
    const source = { relativePath: file.relativePath, page: graph.pagesByFile.get(file.relativePath) };
    const { links, references } = collectLinks(file.tree);
    return {
      links: [...frontmatterLinks(file), ...links].map((link) => ({ link, resolution: resolveLink(graph, source, link.url, link.kind) })),
      references,
    };
  });
}

/** Repository paths a file's links land on: `--changed` re-checks the file when one of them changes. */
export function linkTargets(context: RuleContext, file: ContentFile): string[] {
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
