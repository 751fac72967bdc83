import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, matchesGlob, relative, resolve } from 'node:path';
import { contentExtensionPattern, contentExtensions, contentGlob, contentId, locateContentFile, siteNames, toPosixPath, type SiteConfig } from '@pressroom/site-config';
import { glob, globSync, isDynamicPattern } from 'tinyglobby';
import { collectFacts } from '../input/facts.js';
import { markdownFormatOf } from '../input/markdown-parser.js';
import { createContentFile, type FileIdentity } from '../input/parse.js';
import { decodeSource, readBytesSync, type DecodedSource, type FolderRealpaths, type ReadBytes } from '../input/read.js';
import type { FileRecord, OtherFile } from '../rule.js';
import { CheckConfigError, type ResolvedConfig } from './config.js';
import { ignoredFolders, siteOfPath } from './layout.js';
import type { Diagnostic } from './diagnostic.js';
import type { DroppedFindings } from './finding-cap.js';

/** A file given in memory instead of on disk (tests, fuzzing, editor integrations). */
export interface SourceInput {
  relativePath: string;
  bytes: Uint8Array | string;
}

/** One file of the run while it is checked. */
export interface Slot {
  identity: FileIdentity;
  /** The bytes to decode, or a source that already says why the file cannot be checked. */
  read: ReadBytes;
  hash: string;
  record?: FileRecord;
  /** Findings of the per-file pass (or from the cache). */
  fileDiagnostics?: Diagnostic[];
  /** Per-file findings past the findings cap, counted and not kept. */
  droppedFindings?: DroppedFindings;
  /** Whether the per-file findings may be kept in the cache. */
  cacheable: boolean;
  fromCache: boolean;
}

/**
 * The files a run covers, as repo-relative posix paths, sorted. A named path that does not exist,
 * a folder without content files and a pattern that matches none are a `CheckConfigError`: a run
 * over no file would pass without checking anything. A folder scan also lists the FIFOs, sockets,
 * devices, dangling symlinks and symlink loops with a content file's name (`specialEntries`), so
 * that reading reports them. Each real file is listed once, under its own path or else the first
 * of its paths in sorted order (`uniqueByRealPath`).
 */
export async function resolveFiles(config: ResolvedConfig, paths: readonly string[] | undefined, cwd: string): Promise<string[]> {
  const root = config.site.rootDir;
  const detected = config.layout.source === 'detected';
  const ignore = [...(detected ? ignoredFolders : ['**/node_modules/**', '**/dist/**']), ...config.checks.ignore];
  const found = new Set<string>();
  const add = (absolute: string) => found.add(toPosixPath(relative(root, absolute)));
  if (!paths || paths.length === 0) {
    // Without `pressroom.config.json` the content folder is the whole repository.
    for (const contentDir of config.layout.contentDirs) {
      const dir = resolve(root, contentDir);
      // A light config's `content` may name a file (`README.md`).
      if (pathKind(dir) === 'file') {
        if (contentExtensionPattern.test(dir)) add(dir);
        continue;
      }
      for (const match of await glob(contentGlob(), { cwd: dir, ignore, absolute: true, dot: false }).catch(() => [])) add(match);
      for (const entry of await specialEntries(dir, ignore)) add(entry);
    }
    // No file, because a content folder is not there: a wrong `contentDir` would pass unchecked.
    const missing = found.size === 0 && !detected ? (['blog', 'docs'] as const).find((site) => pathKind(resolve(root, config.site.config.sites[site].contentDir)) !== 'folder') : undefined;
    if (missing) {
      const dir = config.site.config.sites[missing].contentDir;
      throw new CheckConfigError(
        `${config.site.configPath}: Unexpected sites.${missing}.contentDir \`${dir}\`: no such folder, expected the folder of the ${missing}'s content, relative to ${root}`,
      );
    }
    return uniqueByRealPath(root, sorted(found));
  }
  for (const path of paths) {
    const target = resolve(cwd, path);
    const kind = pathKind(target);
    // A folder named like a Markdown file is reported by the reader, as a file that is not one.
    if (kind === 'file' || (kind === 'folder' && contentExtensionPattern.test(target) && !(await hasContentFile(target, ignore)))) {
      // Named, it is checked even where a folder walk would skip it; reading it says what is wrong.
      add(target);
      continue;
    }
    const matches =
      kind === 'folder'
        ? [...(await glob(contentGlob(), { cwd: target, ignore, absolute: true, dot: false })), ...(await specialEntries(target, ignore))]
        : isDynamicPattern(path)
          ? (await glob(path, { cwd, ignore, absolute: true, dot: false })).filter((match) => contentExtensionPattern.test(match))
          : undefined;
    if (matches === undefined) {
      throw new CheckConfigError(
        `Unexpected path \`${path}\`: no such file or folder, expected a Markdown file, a folder or a pattern (relative to ${cwd}); check the spelling, or run \`pressroom check\` without paths to check both sites' content`,
      );
    }
    if (matches.length === 0) {
      const what = kind === 'folder' ? `folder \`${path}\` with no content file in it` : `pattern \`${path}\` that matches no content file`;
      throw new CheckConfigError(`Unexpected ${what}, expected at least one ${contentExtensionList} file (ignored: node_modules, dist and checks.ignore)`);
    }
    for (const match of matches) add(match);
  }
  return uniqueByRealPath(root, sorted(found));
}

/**
 * The entries under `folder` that the content glob passes over in silence: FIFOs, sockets and
 * devices (it lists regular files only), dangling symlinks and symlink loops (it cannot follow
 * them), named like a content file and not ignored. Each folder the glob walks is listed once, by
 * its real path, so a folder linked to its parent is not walked round and round.
 */
async function specialEntries(folder: string, ignore: string[]): Promise<string[]> {
  const folders = (await glob('**', { cwd: folder, ignore, onlyDirectories: true, absolute: true, dot: false }).catch(() => [])).map((dir) => dir.replace(/\/$/, ''));
  // A folder reached through a link is listed after the same folder reached on its own path.
  const real = new Map([folder, ...folders].map((dir) => [dir, realpathOr(dir)]));
  const ordered = [...real.keys()].sort((a, b) => Number(real.get(a) !== a) - Number(real.get(b) !== b) || (a < b ? -1 : a > b ? 1 : 0));
  const walked = new Set<string>();
  const found: string[] = [];
  for (const dir of ordered) {
    if (walked.has(real.get(dir)!)) continue;
    walked.add(real.get(dir)!);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (entry.isFile() || entry.isDirectory() || entry.name.startsWith('.') || !contentExtensionPattern.test(entry.name)) continue;
      const path = join(dir, entry.name);
      // A symlink that leads somewhere is the glob's (it lists it or walks it); one that leads
      // nowhere is left out of it.
      if (entry.isSymbolicLink() && statOr(path)) continue;
      const fromFolder = toPosixPath(relative(folder, path));
      if (ignore.some((pattern) => matchesGlob(fromFolder, pattern))) continue;
      found.push(path);
    }
  }
  return found;
}

function statOr(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/**
 * `paths` (sorted) with each real file once: a folder linked to its parent or to a sibling inside
 * the content would give every file under it twice, and each page a duplicate title. The path
 * kept is the file's own (no symlink in it) when the run lists it, so that a page is checked as
 * the site it is in; else the first in sorted order. A path that does not resolve (a dangling
 * link, a loop) is its own.
 */
function uniqueByRealPath(root: string, paths: string[]): string[] {
  const realRoot = realpathOr(root);
  const listed = new Set(paths);
  const kept = new Map<string, string>();
  for (const path of paths) {
    let real: string;
    try {
      real = realpathSync(resolve(root, path));
    } catch {
      kept.set(`unresolved:${path}`, path);
      continue;
    }
    if (kept.has(real)) continue;
    const own = toPosixPath(relative(realRoot, real));
    kept.set(real, listed.has(own) ? own : path);
  }
  const chosen = new Set(kept.values());
  return paths.filter((path) => chosen.has(path));
}

const contentExtensionList = contentExtensions.map((extension) => `.${extension}`).join(', ').replace(/, ([^,]*)$/, ' or $1');

function sorted(found: Set<string>): string[] {
  return [...found].filter((path) => path !== '' && !path.endsWith('/')).sort();
}

async function hasContentFile(folder: string, ignore: string[]): Promise<boolean> {
  return (await glob(contentGlob(), { cwd: folder, ignore, dot: false })).length > 0;
}

/** What a named path is; a dangling symbolic link is a file, whose reading reports it. */
function pathKind(path: string): 'file' | 'folder' | undefined {
  try {
    return statSync(path).isDirectory() ? 'folder' : 'file';
  } catch {
    try {
      lstatSync(path);
      return 'file';
    } catch {
      return undefined;
    }
  }
}

function identify(config: ResolvedConfig, relativePath: string): FileIdentity {
  const root = config.site.rootDir;
  const owner = siteOfPath(config.site.config, config.layout, relativePath);
  if (owner) return { path: resolve(root, relativePath), relativePath, site: owner.site, id: contentId(relativePath.slice(owner.dir.length + 1)) };
  return { path: resolve(root, relativePath), relativePath, site: undefined, id: undefined };
}

const hashOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The run's files with their bytes and hashes: the given sources, or the files under `paths`. */
export async function readFiles(config: ResolvedConfig, input: { paths?: string[]; sources?: SourceInput[] }, cwd: string): Promise<Slot[]> {
  const maxBytes = config.checks.maxFileSize;
  if (input.sources) {
    return input.sources.map((source) => {
      const bytes = typeof source.bytes === 'string' ? new TextEncoder().encode(source.bytes) : source.bytes;
      const relativePath = toPosixPath(source.relativePath);
      return { identity: identify(config, relativePath), read: { bytes }, hash: hashOf(bytes), cacheable: true, fromCache: false };
    });
  }
  const root = config.site.rootDir;
  const paths = await resolveFiles(config, input.paths, cwd);
  const folders: FolderRealpaths = new Map();
  return paths.map((relativePath) => {
    const read = readBytesSync(resolve(root, relativePath), maxBytes, root, folders);
    return {
      identity: identify(config, relativePath),
      read,
      hash: read.bytes ? hashOf(read.bytes) : read.source.hash,
      cacheable: true,
      fromCache: false,
    };
  });
}

/** A slot's text: its bytes decoded here, or the source that already says why it cannot be read. */
export function decoded(config: ResolvedConfig, slot: Slot): DecodedSource {
  return slot.read.bytes ? decodeSource(slot.read.bytes, config.checks.maxFileSize, config.checks, slot.hash, markdownFormatOf(slot.identity.path)) : slot.read.source;
}

/** Every content file of both sites on disk (repository-relative, posix), whether the run covers it or not. */
export function contentFilesOnDisk(config: SiteConfig, rootDir: string): string[] {
  return uniqueByRealPath(rootDir, globSync(
    siteNames.map((site) => `${config.sites[site].contentDir.replace(/\/+$/, '')}/${contentGlob()}`),
    { cwd: rootDir, onlyFiles: true },
  ).map(toPosixPath).sort());
}

/**
 * The content files on disk that are not among `readable` (the run's readable files), with the
 * facts the link graph needs: links resolve against every page of both sites, even in a run over
 * one file. Read as the run reads a file, without its limits; a file that cannot be read counts
 * as a page without fields or anchors (the run reports it when it covers it).
 */
export function otherContentFiles(config: SiteConfig, rootDir: string, readable: readonly { relativePath: string }[]): OtherFile[] {
  const known = new Set(readable.map((file) => file.relativePath));
  const realRoot = realpathOr(rootDir);
  return contentFilesOnDisk(config, rootDir)
    .filter((relativePath) => !known.has(relativePath) && locateContentFile(config, relativePath))
    .map((relativePath) => {
      try {
        if (!isInside(realRoot, realpathSync(join(rootDir, relativePath)))) throw new Error('outside the repository');
        const absolute = join(rootDir, relativePath);
        const file = createContentFile({ path: absolute, relativePath, site: undefined, id: undefined }, decodeSource(readFileSync(absolute), undefined, undefined, undefined, markdownFormatOf(absolute)));
        return { relativePath, facts: collectFacts(file) };
      } catch {
        return { relativePath, facts: { frontmatter: undefined, anchors: { ids: [], headings: [] } } };
      }
    });
}

function isInside(root: string, path: string): boolean {
  const fromRoot = relative(root, path);
  return fromRoot !== '' && !fromRoot.startsWith('..') && !isAbsolute(fromRoot);
}

function realpathOr(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
