import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve, sep } from 'node:path';
import { check, loadConfig, type Diagnostic, type FileRecord, type ResolvedConfig } from '@pressroom/check';
import { locateContentFile, siteNames, type SiteName } from '@pressroom/site-config';
import { baseCheckout, buildSite, defaultBuildSetup, forSite, type BuildSetup, type BuildStatus } from './build.js';
import { compareBuilds, type BuiltSite, type PageDifference } from './compare-builds.js';
import { analyseContent, type ContentAnalysis } from './content-changes.js';
import { addedLines, changedPaths, defaultBaseRef, fileAt, git, mergeBase, resolveCommit, type ChangedPath } from './git.js';
import type { PrReport, ReportFinding, ReportPage } from './report.js';
import { defaultWidths, picturePages, type ScreenshotTarget } from './screenshots.js';

export interface ReportOptions {
  /** The repository (any folder inside it); default: the current folder. */
  cwd?: string;
  /** The branch or commit to compare with; default: the default branch (`origin/main`, `main`). */
  base?: string;
  /** Where report.json, the images, the logs and the head's sites go. */
  outDir: string;
  setup?: Partial<BuildSetup>;
  /** Build the base and the head and compare their HTML (default true). */
  build?: boolean;
  /** Take screenshots (default true). */
  pictures?: boolean;
  /** At most this many pages are pictured, the most changed first (default 10). */
  maxPictures?: number;
  widths?: readonly number[];
  /** Where the base checkout is kept between runs; default: a folder per repository and commit in the system's temporary folder. */
  baseDir?: string;
  /** More build noise to ignore when comparing HTML. */
  noise?: readonly RegExp[];
  pullRequest?: PrReport['pullRequest'];
  runUrl?: string;
  /** Progress lines, for stderr. */
  progress?: (line: string) => void;
  now?: Date;
}

/** What a report writes into its folder, and removes again before the next one. */
const reportEntries = ['report.json', 'report.md', 'images', 'logs', 'sites'] as const;

const comparePaths = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const pageKey = (site: string, path: string) => `${site}\0${path}`;

/** The findings the report shows: on the lines the change added, and on links into edited files. */
function selectFindings(
  results: readonly { file: FileRecord; diagnostics: Diagnostic[] }[],
  added: ReadonlyMap<string, Set<number> | 'all'>,
  analysis: ContentAnalysis,
): PrReport['check']['files'] {
  const linkPlaces = new Set(analysis.links.map((link) => `${link.file}:${link.line}:${link.column}`));
  const files: PrReport['check']['files'] = [];
  for (const { file, diagnostics } of results) {
    const lines = added.get(file.relativePath);
    const kept = diagnostics.filter((diagnostic) => {
      if (lines === 'all') return true;
      if (lines) {
        for (let line = diagnostic.line; line <= diagnostic.endLine; line++) if (lines.has(line)) return true;
        return false;
      }
      // A file the change did not edit: only its links into edited files, which the change may have broken.
      return diagnostic.ruleId.startsWith('link-') && linkPlaces.has(`${diagnostic.file}:${diagnostic.line}:${diagnostic.column}`);
    });
    if (kept.length === 0) continue;
    files.push({
      file: file.relativePath,
      findings: kept.map(
        (diagnostic): ReportFinding => ({
          line: diagnostic.line,
          column: diagnostic.column,
          endLine: diagnostic.endLine,
          endColumn: diagnostic.endColumn,
          severity: diagnostic.severity,
          ruleId: diagnostic.ruleId,
          message: diagnostic.message,
          url: diagnostic.url,
          ...(diagnostic.suggestions ? { suggestions: diagnostic.suggestions.slice(0, 3) } : {}),
        }),
      ),
    });
  }
  return files.sort((a, b) => comparePaths(a.file, b.file));
}

/** Unknown words of the spelling findings, each with the files it is in. */
function unknownWords(files: PrReport['check']['files']): PrReport['check']['unknownWords'] {
  const words = new Map<string, Set<string>>();
  for (const { file, findings } of files) {
    for (const finding of findings) {
      const match = finding.ruleId === 'spelling' ? /^Unexpected unknown word `([^`]+)`/.exec(finding.message) : null;
      if (!match) continue;
      const set = words.get(match[1]!) ?? new Set();
      set.add(file);
      words.set(match[1]!, set);
    }
  }
  return [...words].sort(([a], [b]) => a.localeCompare(b)).map(([word, in_]) => ({ word, files: [...in_].sort(comparePaths) }));
}

/** The ranking of pages to picture: pages the change edited first, then the most changed. */
function pictureOrder(a: ReportPage, b: ReportPage): number {
  return Number(Boolean(b.file)) - Number(Boolean(a.file)) || b.words - a.words || b.tags - a.tags || comparePaths(a.path, b.path);
}

/**
 * Makes the pull request report: checks the content, builds the base and the head, compares
 * their HTML, pictures the most changed pages, and writes `report.json` (with the images, the
 * build logs and the head's built sites) to `outDir`.
 */
export async function createReport(options: ReportOptions): Promise<PrReport> {
  const progress = options.progress ?? (() => undefined);
  const config: ResolvedConfig = loadConfig(options.cwd ?? process.cwd());
  const root = config.site.rootDir;
  const siteConfig = config.site.config;
  const outDir = resolve(root, options.outDir);
  const setup: BuildSetup = { ...defaultBuildSetup, ...options.setup };
  const baseRef = options.base ?? (await defaultBaseRef(root, siteConfig.repository.branch));
  const baseSha = await mergeBase(root, baseRef);
  const headSha = await resolveCommit(root, 'HEAD');
  const dirty = (await git(root, ['status', '--porcelain'])).trim() !== '';
  // Only what an earlier report wrote goes: `--out .` must never empty the repository.
  for (const entry of reportEntries) rmSync(join(outDir, entry), { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });

  const outInside = relative(root, outDir).split(sep).join('/');
  const changed = (await changedPaths(root, baseSha)).filter((entry) => outInside === '' || outInside.startsWith('..') || !entry.path.startsWith(`${outInside}/`));
  const isContent = (entry: ChangedPath) => Boolean(locateContentFile(siteConfig, entry.path) ?? (entry.from && locateContentFile(siteConfig, entry.from)));
  const files = { content: changed.filter(isContent).map((entry) => entry.path), other: changed.filter((entry) => !isContent(entry)).map((entry) => entry.path) };
  progress(`${changed.length} files changed since ${baseRef} (${baseSha.slice(0, 7)}), ${files.content.length} of them content`);

  // The check: every file of the head (the link graph needs them all), and the edited files as the base had them.
  progress('checking the content');
  let headRecords: FileRecord[] = [];
  let baseRecords: FileRecord[] = [];
  let checkReport: PrReport['check'] = { status: 'passed', errors: 0, warnings: 0, files: [], unknownWords: [] };
  let results: { file: FileRecord; diagnostics: Diagnostic[] }[] = [];
  try {
    const result = await check({ config, cwd: root, keepDictionaries: false });
    results = result.files;
    headRecords = result.files.map((entry) => entry.file);
    const sources: { relativePath: string; bytes: string }[] = [];
    for (const entry of changed.filter(isContent)) {
      if (entry.status === 'added') continue;
      const path = entry.from ?? entry.path;
      const text = await fileAt(root, baseSha, path);
      if (text !== undefined) sources.push({ relativePath: path, bytes: text });
    }
    if (sources.length > 0) baseRecords = (await check({ config, cwd: root, sources, rules: [], style: false })).files.map((entry) => entry.file);
  } catch (error) {
    checkReport = { ...checkReport, status: 'crashed', problem: (error as Error).message };
  }
  const analysis = analyseContent(siteConfig, changed, headRecords, baseRecords, options.now);
  if (checkReport.status !== 'crashed') {
    const checkFiles = selectFindings(results, await addedLines(root, baseSha, changed), analysis);
    const all = checkFiles.flatMap((file) => file.findings);
    const errors = all.filter((finding) => finding.severity === 'error').length;
    checkReport = {
      status: errors > 0 ? 'failed' : 'passed',
      errors,
      warnings: all.length - errors,
      files: checkFiles,
      unknownWords: unknownWords(checkFiles),
    };
  }

  // Both builds of both sites.
  const builds: PrReport['builds'] = {};
  const sites = new Map<SiteName, { base: BuiltSite; head: BuiltSite }>();
  // Outside the repository, so no tool of the head (a glob, a watcher) ever walks into it.
  const repositoryId = createHash('sha256').update(root).digest('hex').slice(0, 8);
  const baseDir = resolve(root, options.baseDir ?? join(tmpdir(), 'pressroom-pr-report', `${basename(root)}-${repositoryId}`, `base-${baseSha.slice(0, 12)}`));
  const skipped: BuildStatus = { status: 'skipped' };
  for (const site of siteNames) builds[site] = { base: skipped, head: skipped };
  if (options.build !== false) {
    for (const site of siteNames) {
      progress(`building the ${site} (head)`);
      builds[site]!.head = await buildSite(root, site, setup, join(outDir, 'logs', `head-${site}.log`), `logs/head-${site}.log`);
    }
    progress(`preparing the base checkout in ${baseDir}`);
    const checkout = await baseCheckout(root, baseSha, baseDir, setup, join(outDir, 'logs', 'base-install.log'));
    for (const site of siteNames) {
      if (!checkout.ok) {
        builds[site]!.base = { status: 'failed', logTail: checkout.logTail ?? '', log: 'logs/base-install.log' };
        continue;
      }
      progress(`building the ${site} (base)`);
      builds[site]!.base = await buildSite(baseDir, site, setup, join(outDir, 'logs', `base-${site}.log`), `logs/base-${site}.log`);
    }
    for (const site of siteNames) {
      const basePath = siteConfig.sites[site].base;
      const head = { dist: resolve(root, forSite(setup.dist, site)), basePath };
      if (builds[site]!.head.status === 'passed' && existsSync(head.dist)) {
        // The head's site, for the preview artifact and the preview host.
        cpSync(head.dist, join(outDir, 'sites', site), { recursive: true });
      }
      if (builds[site]!.head.status === 'passed' && builds[site]!.base.status === 'passed') {
        sites.set(site, { base: { dist: resolve(baseDir, forSite(setup.dist, site)), basePath }, head });
      }
    }
  }

  // Which pages changed: from the HTML where both builds exist, from the content elsewhere.
  const direct = new Map<string, string>();
  for (const change of analysis.changes) for (const page of [change.before, change.after]) if (page) direct.set(pageKey(page.site, page.path), change.file);
  const reasons = new Map(analysis.dependents.map((page) => [pageKey(page.site, page.path), page.reasons]));
  const otherFiles = files.other.slice(0, 3).join(', ') + (files.other.length > 3 ? ` and ${files.other.length - 3} more` : '');
  const changedPages: ReportPage[] = [];
  const indirectPages: ReportPage[] = [];
  const sources: PrReport['pages']['sources'] = {};
  for (const site of siteNames) {
    const builtPair = sites.get(site);
    sources[site] = builtPair ? 'built-html' : 'content';
    let differences: (Pick<PageDifference, 'path' | 'kind' | 'status' | 'words' | 'tags'> & { excerpt?: PageDifference['excerpt'] })[];
    if (builtPair) {
      progress(`comparing the built pages of the ${site}`);
      differences = compareBuilds(builtPair.base, builtPair.head, { ...(options.noise ? { noise: options.noise } : {}) }).differences.map(
        // The report's `file` is the page's source, not its file in the build.
        ({ file: _built, ...difference }) => difference,
      );
    } else {
      differences = [
        ...analysis.changes.flatMap((change) => {
          const page = change.after ?? change.before;
          if (!page || page.site !== site) return [];
          const status = !change.before ? 'added' : !change.after ? 'removed' : 'changed';
          return [{ path: page.path, kind: 'page' as const, status, words: 0, tags: 0 } as const];
        }),
        ...analysis.dependents
          .filter((page) => page.site === site)
          .map((page) => ({ path: page.path, kind: page.path.endsWith('.xml') ? ('feed' as const) : ('page' as const), status: 'changed' as const, words: 0, tags: 0 })),
      ];
    }
    for (const difference of differences) {
      const key = pageKey(site, difference.path);
      const file = direct.get(key);
      const entry: ReportPage = { site, ...difference, reasons: file ? [] : (reasons.get(key) ?? []) };
      if (file) entry.file = file;
      if (!file && entry.reasons.length === 0 && files.other.length > 0) entry.reasons.push(`built from code this change edits (${otherFiles})`);
      (file ? changedPages : indirectPages).push(entry);
    }
  }

  // Pictures of the most changed pages.
  const limit = options.pictures === false ? 0 : (options.maxPictures ?? 10);
  const widths = [...(options.widths ?? defaultWidths)];
  const candidates = [...changedPages, ...indirectPages].filter((page) => page.kind === 'page' && page.status !== 'removed' && sites.has(page.site as SiteName)).sort(pictureOrder);
  const chosen = candidates.slice(0, limit);
  const pictures: PrReport['pictures'] = {
    limit,
    widths,
    notPictured: candidates.slice(limit).map((page) => ({ site: page.site, path: page.path })),
  };
  if (chosen.length > 0) {
    progress(`taking screenshots of ${chosen.length} pages`);
    try {
      const taken = await picturePages(
        sites,
        chosen.map((page): ScreenshotTarget => ({ site: page.site, path: page.path, status: page.status === 'added' ? 'added' : 'changed' })),
        { outDir: join(outDir, 'images'), widths },
      );
      for (const entry of taken) {
        const page = chosen.find((candidate) => candidate.site === entry.site && candidate.path === entry.path)!;
        page.pictures = entry.widths.map((width) => ({
          ...width,
          head: `images/${width.head}`,
          ...(width.base ? { base: `images/${width.base}` } : {}),
          ...(width.diff ? { diff: `images/${width.diff}` } : {}),
        }));
      }
    } catch (error) {
      pictures.problem = (error as Error).message;
      pictures.notPictured = candidates.map((page) => ({ site: page.site, path: page.path }));
    }
  }

  const byPath = (a: ReportPage, b: ReportPage) => comparePaths(pageKey(a.site, a.path), pageKey(b.site, b.path));
  const report: PrReport = {
    version: 1,
    base: { ref: baseRef, sha: baseSha },
    head: { sha: headSha, dirty },
    ...(options.pullRequest ? { pullRequest: options.pullRequest } : {}),
    files,
    check: checkReport,
    builds,
    basePaths: Object.fromEntries(siteNames.map((site) => [site, siteConfig.sites[site].base])),
    pages: { sources, changed: changedPages.sort(byPath), indirect: indirectPages.sort(byPath), links: analysis.links },
    pictures,
    previews: {},
    ...(options.runUrl ? { runUrl: options.runUrl } : {}),
  };
  writeFileSync(join(outDir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  return report;
}
