import { posix } from 'node:path';
import { contentExtensionPattern, contentId, isMarkdownPath, publishedExtensions } from '@pressroom/site-config';
import type { FileRecord, LinkOccurrence, ReferenceOccurrence, RuleContext } from '../rule.js';
import { buildLinkGraph, type LinkGraph } from './graph.js';
import { resolveImportedImage } from './images.js';
import { resolveLink, type LinkSource, type Resolution } from './resolve.js';

export interface ResolvedLink {
  link: LinkOccurrence;
  resolution: Resolution;
}

export interface FileLinks {
  links: ResolvedLink[];
  references: ReferenceOccurrence[];
}

/** The graph each run's link rules built, by the run's memo (see `linkDependencies`). */
const builtGraphs = new WeakMap<RuleContext['shared'], LinkGraph>();

/** The one graph of both sites for this run, shared by every link rule. */
export function linkGraph(context: RuleContext): LinkGraph {
  return context.shared('links:graph', () => {
    const graph = buildLinkGraph({
      config: context.site.config,
      rootDir: context.rootDir,
      files: [...context.files.filter((file) => file.readable), ...context.otherFiles()],
      plainFiles: context.layout.source === 'detected',
    });
    builtGraphs.set(context.shared, graph);
    return graph;
  });
}

/** What the link findings of a run depended on besides the bytes of its files. */
export interface LinkDependencies {
  /** Every content page the graph knew, sorted. */
  pages: string[];
  /** Every existence question asked of the disk, with its answer (absolute paths). */
  probes: [string, boolean][];
  /** Every image whose content was judged, with its size and time of change (absolute paths). */
  images: [string, string][];
  /** When the first scheduled post goes out, which changes the findings. */
  validUntil: Date | undefined;
}

/** The link dependencies of the run whose context this is, when a link rule built the graph: the run keeps them with its cached findings. */
export function linkDependencies(context: Pick<RuleContext, 'shared'>): LinkDependencies | undefined {
  const graph = builtGraphs.get(context.shared);
  return graph && { pages: [...graph.pagesByFile.keys()].sort(), probes: graph.probes(), images: graph.imageStamps(), validUntil: graph.validUntil };
}

/** Where one link lands: an image the build imports as the build finds it, any other as a browser follows it. */
function resolveOne(graph: LinkGraph, source: LinkSource, link: LinkOccurrence): Resolution {
  return resolveImportedImage(graph, source.relativePath, link) ?? resolveLink(graph, source, link.url, link.kind);
}

/** The file as the source of its links: a page of a site, or a plain Markdown file outside both. */
function linkSource(graph: LinkGraph, file: FileRecord): LinkSource {
  const source: LinkSource = { relativePath: file.relativePath, page: graph.pagesByFile.get(file.relativePath) };
  if (!file.site && !source.page) source.plainIds = new Set(file.facts.anchors.ids);
  return source;
}

function resolvedLink(context: RuleContext, file: FileRecord, link: LinkOccurrence): ResolvedLink {
  const graph = linkGraph(context);
  return { link, resolution: resolveOne(graph, linkSource(graph, file), link) };
}

/**
 * What a URL must contain, in lower case, to land on one of `paths`: its file name (a link to the
 * file) or the last segment of its id (a link to the page). `undefined` when some path is an
 * index page, whose route ends in its folder: then any URL may name it.
 */
function namesOf(paths: ReadonlySet<string>): string[] | undefined {
  // Asked once per file and rule, always about the run's one set of changed paths.
  if (namesByPaths.has(paths)) return namesByPaths.get(paths);
  const names = namesFrom(paths);
  namesByPaths.set(paths, names);
  return names;
}

const namesByPaths = new WeakMap<ReadonlySet<string>, string[] | undefined>();

function namesFrom(paths: ReadonlySet<string>): string[] | undefined {
  const names: string[] = [];
  for (const path of paths) {
    const stem = posix.basename(path).replace(contentExtensionPattern, '');
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

/**
 * A file's links, each resolved once per run whatever number of rules read them. In a `--changed`
 * run, a file that was not changed has only its links that land on a changed file: the rest of it
 * is as the change found it.
 */
export function fileLinks(context: RuleContext, file: FileRecord): FileLinks {
  return context.shared(`links:file:${file.relativePath}`, () => {
    const changed = context.changed;
    if (changed && !changed.has(file.relativePath)) {
      const links = linksThatMayName(context, file, changed).filter(({ link, resolution }) =>
        landingPaths(context, file, link, resolution).some((landing) => changed.has(landing)),
      );
      return { links, references: [] };
    }
    const graph = linkGraph(context);
    const source = linkSource(graph, file);
    const { links, references } = file.facts;
    return {
      links: links.map((link) => ({ link, resolution: resolveOne(graph, source, link) })),
      references,
    };
  });
}

/**
 * The file's links resolved, leaving out those whose URL cannot name any of `paths`: resolving every
 * link of every file is the cost of a small run. All of them when some path is an index page. Once
 * per run and file: every link rule asks, for its `references` and for its findings.
 */
function linksThatMayName(context: RuleContext, file: FileRecord, paths: ReadonlySet<string>): ResolvedLink[] {
  const byPaths = context.shared('links:may-name', () => new WeakMap<ReadonlySet<string>, Map<string, ResolvedLink[]>>());
  let byFile = byPaths.get(paths);
  if (!byFile) {
    byFile = new Map();
    byPaths.set(paths, byFile);
  }
  let resolved = byFile.get(file.relativePath);
  if (!resolved) {
    resolved = candidateLinks(file, namesOf(paths)).map((link) => resolvedLink(context, file, link));
    byFile.set(file.relativePath, resolved);
  }
  return resolved;
}

/**
 * Reads the links of each of `files` whose links may land on one of `paths`, as the selection of a
 * `--changed` run will (`linkTargets`): for a lazily read file, its parse. Between two parses the
 * event loop turns, so that other threads' messages are not held up.
 */
export async function readLinksAhead(files: readonly FileRecord[], paths: ReadonlySet<string>): Promise<void> {
  const names = namesOf(paths);
  for (const file of files) {
    if (!file.readable) continue;
    candidateLinks(file, names);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** The links whose URL may hold one of `names` (all links without names); a file that cannot mention them is not parsed. */
function candidateLinks(file: FileRecord, names: readonly string[] | undefined): readonly LinkOccurrence[] {
  if (!names) return file.facts.links;
  if (file.mayMention?.(names) === false) return [];
  return file.facts.links.filter((link) => mayName(link.url, names));
}

/** The repository path `link` in `file` lands on (see `landingPath`). */
export function linkLandsOn(context: RuleContext, file: FileRecord, link: LinkOccurrence): string | undefined {
  return landingPath(file, link, resolvedLink(context, file, link).resolution);
}

/**
 * The repository paths a change to which can change where a resolved link lands: `landingPath`'s,
 * and for a link into a locale that Starlight serves the default page at, the files that would be
 * the locale's translation of it. Adding one moves the link onto the translation (its anchors);
 * removing one is what made the link a fallback.
 */
function landingPaths(context: RuleContext, file: FileRecord, link: LinkOccurrence, resolution: Resolution): string[] {
  const landing = landingPath(file, link, resolution);
  return [...(landing === undefined ? [] : [landing]), ...translationPaths(context, resolution)];
}

/** The files that would translate a fallback link's page into its locale: any extension the docs publish, `x.md` or `x/index.md`. */
function translationPaths(context: RuleContext, resolution: Resolution): string[] {
  if ((resolution.status !== 'ok' && resolution.status !== 'missing-anchor') || !resolution.fallback || !resolution.page?.locale) return [];
  const contentDir = context.site.config.sites.docs.contentDir;
  const sourceDir = posix.join(contentDir, resolution.page.locale.prefix);
  const stem = posix.relative(sourceDir, resolution.page.relativePath).replace(contentExtensionPattern, '');
  const stems = stem === 'index' ? [stem] : stem.endsWith('/index') ? [stem, stem.slice(0, -'/index'.length)] : [stem, `${stem}/index`];
  const targetDir = posix.join(contentDir, resolution.fallback.locale.prefix);
  return stems.flatMap((one) => publishedExtensions.docs.map((extension) => posix.join(targetDir, `${one}.${extension}`)));
}

/**
 * The repository path a resolved link lands on: the page it reaches, or the Markdown file a broken
 * file link names (adding or restoring that file may mend it). `undefined` for other links.
 */
function landingPath(file: FileRecord, link: LinkOccurrence, resolution: Resolution): string | undefined {
  if ('page' in resolution && resolution.page) return resolution.page.relativePath;
  if (resolution.status !== 'missing-file' || !isMarkdownPath(resolution.target) || /^[a-z][a-z\d+.-]*:|^\//i.test(link.url)) return undefined;
  let written = resolution.target;
  try {
    written = decodeURIComponent(written);
  } catch {
    // Kept as written.
  }
  return posix.normalize(posix.join(posix.dirname(file.relativePath), written));
}

/** Repository paths a file's links land on: `--changed` re-checks the file when one of them changes. */
export function linkTargets(context: RuleContext, file: FileRecord, only?: ReadonlySet<string>): string[] {
  const resolved = only ? linksThatMayName(context, file, only) : fileLinks(context, file).links;
  const targets = new Set<string>();
  for (const { link, resolution } of resolved) {
    for (const landing of landingPaths(context, file, link, resolution)) targets.add(landing);
  }
  targets.delete(file.relativePath);
  return [...targets];
}
