import { commentMarker, type PrReport, type ReportBuildStatus, type ReportFinding, type ReportPage } from './report.js';

export interface RenderOptions {
  /** Findings of this many files are shown, the others folded (default 5). */
  inlineFiles?: number;
  /** Findings shown per file before the rest are folded (default 3). */
  inlineFindings?: number;
  /** Pages listed in each table before the rest are folded (default 10). */
  inlinePages?: number;
  /** The repository's web address, for links to findings (`https://github.com/o/r`). */
  repositoryUrl?: string;
  /** The command that makes this report locally. */
  localCommand?: string;
}

/** The words file the spelling check reads, at the repository's root. */
export const projectWordsFile = 'project-words.txt';

const quoteShell = (word: string) => `'${word.replaceAll("'", `'\\''`)}'`;

/** The exact command that accepts unknown words for the whole project. */
export function acceptWordsCommand(words: readonly string[]): string {
  return `printf '%s\\n' ${words.map(quoteShell).join(' ')} >> ${projectWordsFile}`;
}

/** Text from the content (messages, excerpts) made inert: no HTML, no mentions, no Markdown. */
export function escapeText(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+!|~>]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/@(?=\w)/g, '@\u2060')
    .replace(/\r?\n/g, ' ');
}

/** A code span that holds any text, backticks included. */
export function code(text: string): string {
  const flat = text.replace(/\r?\n/g, ' ');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** A check message, whose code spans stay code and whose other text is escaped. */
function message(text: string): string {
  return text
    .split(/(`[^`]*`)/)
    .map((part) => (part.startsWith('`') && part.endsWith('`') && part.length >= 2 ? code(part.slice(1, -1)) : escapeText(part)))
    .join('');
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
const seconds = (ms: number | undefined) => (ms === undefined ? '' : ` in ${Math.max(1, Math.round(ms / 1000))} s`);
const short = (sha: string) => sha.slice(0, 7);

function buildCell(status: ReportBuildStatus): string {
  if (status.status === 'passed') return `✅ passed${seconds(status.durationMs)}`;
  if (status.status === 'failed') return `❌ failed${seconds(status.durationMs)}`;
  return '➖ not built';
}

function details(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

function pageUrl(report: PrReport, page: { site: string; path: string }): string | undefined {
  const preview = report.previews[page.site];
  return preview ? `${preview.replace(/\/+$/, '')}${page.path}` : undefined;
}

function pageLink(report: PrReport, page: { site: string; path: string; status?: string }): string {
  const url = page.status === 'removed' ? undefined : pageUrl(report, page);
  const name = code(page.path);
  return url ? `[${name}](${encodeURI(url)})` : name;
}

function changeCell(page: ReportPage): string {
  if (page.status === 'added') return 'new page';
  if (page.status === 'removed') return 'removed';
  const parts: string[] = [];
  if (page.words > 0) parts.push(plural(page.words, 'word'));
  if (page.tags > 0 && page.words === 0) parts.push('markup only');
  let text = parts.join(', ') || 'changed';
  if (page.excerpt?.removed || page.excerpt?.added) {
    const removed = page.excerpt.removed ? `~~${escapeText(page.excerpt.removed)}~~` : '';
    const added = page.excerpt.added ? `**${escapeText(page.excerpt.added)}**` : '';
    text += `: ${[removed, added].filter(Boolean).join(' → ')}`;
  }
  return text;
}

function picturesCell(report: PrReport, page: ReportPage): string {
  if (!page.pictures) return '';
  const link = (label: string, image: string) =>
    report.imagesUrl ? `[${label}](${encodeURI(`${report.imagesUrl.replace(/\/+$/, '')}/${image}`)})` : label;
  return page.pictures
    .map((picture) => {
      const name = picture.width >= 600 ? 'desktop' : 'phone';
      if (!picture.diff) return report.imagesUrl ? `${name}: ${link('new page', picture.head)}` : `${name}: new page`;
      const pixels = picture.changedPixels === 0 ? 'no pixel changed' : `${(picture.changedPixels ?? 0).toLocaleString('en-US')} px changed`;
      // Without a host for the images, they are in the artifact: the count alone says something.
      if (!report.imagesUrl) return `${name}: ${pixels}`;
      const images = [link('base', picture.base ?? picture.head), link('head', picture.head), link('diff', picture.diff)].join(' · ');
      return `${name}: ${images} (${pixels})`;
    })
    .join('<br>');
}

function findingLine(report: PrReport, file: string, finding: ReportFinding, options: RenderOptions): string {
  const icon = finding.severity === 'error' ? '❌' : '⚠️';
  const place = `${finding.line}:${finding.column}`;
  const link = options.repositoryUrl ? `[${place}](${options.repositoryUrl}/blob/${report.head.sha}/${encodeURI(file)}#L${finding.line})` : place;
  const suggestions = finding.suggestions?.length ? ` (maybe ${finding.suggestions.map(code).join(', ')})` : '';
  return `- ${icon} ${link} ${message(finding.message)}${suggestions} [${code(finding.ruleId)}](${finding.url})`;
}

function findingsSection(report: PrReport, options: RenderOptions): string {
  const { check } = report;
  if (check.status === 'crashed') return `### Findings\n\n❌ The check could not run: ${escapeText(check.problem ?? 'unknown problem')}`;
  if (check.files.length === 0) return '### Findings\n\n✅ No findings on the lines this change adds or on links into the files it edits.';
  const inlineFiles = options.inlineFiles ?? 5;
  const inlineFindings = options.inlineFindings ?? 3;
  const fileBlock = (entry: PrReport['check']['files'][number]) => {
    const lines = entry.findings.map((finding) => findingLine(report, entry.file, finding, options));
    const errors = entry.findings.filter((finding) => finding.severity === 'error').length;
    const counts = [errors > 0 ? plural(errors, 'error') : '', entry.findings.length - errors > 0 ? plural(entry.findings.length - errors, 'warning') : ''].filter(Boolean).join(', ');
    const head = `**${code(entry.file)}**: ${counts}\n\n${lines.slice(0, inlineFindings).join('\n')}`;
    return lines.length > inlineFindings ? `${head}\n\n${details(`${plural(lines.length - inlineFindings, 'more finding')} in this file`, lines.slice(inlineFindings).join('\n'))}` : head;
  };
  const shown = check.files.slice(0, inlineFiles).map(fileBlock);
  const folded = check.files.slice(inlineFiles);
  const rest = folded.length > 0 ? [details(`${plural(folded.length, 'more file')} with ${plural(folded.reduce((sum, entry) => sum + entry.findings.length, 0), 'finding')}`, folded.map(fileBlock).join('\n\n'))] : [];
  const title = `### Findings: ${plural(check.errors, 'error')}, ${plural(check.warnings, 'warning')}`;
  const note = 'On the lines this change adds, and on links in other files into the files it edits. Errors fail the **Content checks** job.';
  return [title, note, ...shown, ...rest].join('\n\n');
}

function wordsSection(report: PrReport): string | undefined {
  const words = report.check.unknownWords;
  if (words.length === 0) return undefined;
  const list = words.map((entry) => `${code(entry.word)} (${entry.files.map(code).join(', ')})`).join(', ');
  return [
    `### Unknown words: ${words.length}`,
    list,
    `If they are spelled right, accept them for the whole project (then commit ${code(projectWordsFile)}):`,
    `\`\`\`sh\n${acceptWordsCommand(words.map((entry) => entry.word))}\n\`\`\``,
    `or for one file only, list them in its frontmatter: ${code(`words: [${words.map((entry) => entry.word).join(', ')}]`)}.`,
  ].join('\n\n');
}

function pagesTable(report: PrReport, pages: readonly ReportPage[], columns: 'direct' | 'indirect', options: RenderOptions): string {
  const header = columns === 'direct' ? '| Page | Site | Source | Change | Pictures |\n| --- | --- | --- | --- | --- |' : '| Page | Site | Why | Change | Pictures |\n| --- | --- | --- | --- | --- |';
  const row = (page: ReportPage) => {
    const third = columns === 'direct' ? (page.file ? code(page.file) : '') : escapeText(page.reasons.join('; ') || 'its built HTML differs');
    return `| ${pageLink(report, page)}${page.kind === 'feed' ? ' (feed)' : ''} | ${page.site} | ${third} | ${changeCell(page).replaceAll('|', '\\|')} | ${picturesCell(report, page)} |`;
  };
  const inline = options.inlinePages ?? 10;
  const table = `${header}\n${pages.slice(0, inline).map(row).join('\n')}`;
  if (pages.length <= inline) return table;
  return `${table}\n\n${details(`${plural(pages.length - inline, 'more page')}`, `${header}\n${pages.slice(inline).map(row).join('\n')}`)}`;
}

function pagesSections(report: PrReport, options: RenderOptions): string[] {
  const { pages } = report;
  const predicted = Object.entries(pages.sources).filter(([, source]) => source === 'content').map(([site]) => site);
  const note = predicted.length > 0 ? `\n\nFor the ${predicted.join(' and ')}, the pages are predicted from the content: a build failed or was skipped, so the built HTML could not be compared.` : '';
  const sections: string[] = [];
  sections.push(
    pages.changed.length > 0
      ? `### Changed pages: ${pages.changed.length}\n\nPages built from the files this change edits.${note}\n\n${pagesTable(report, pages.changed, 'direct', options)}`
      : `### Changed pages\n\nNo page built from an edited file changed.${note}`,
  );
  if (pages.indirect.length > 0) {
    sections.push(
      `### Changed indirectly: ${pages.indirect.length}\n\nPages whose built HTML changed although their own source did not: lists, tag pages, archives, feeds, the sidebar, or code the change edits.\n\n${pagesTable(report, pages.indirect, 'indirect', options)}`,
    );
  }
  if (pages.links.length > 0) {
    const rows = pages.links.map(
      (link) => `- ${code(`${link.file}:${link.line}`)} links to ${code(link.url)}: ${link.resolves ? '✅ still lands on its page' : '❌ no longer lands: the page or heading is gone'}`,
    );
    sections.push(`### Links into edited pages: ${pages.links.length}\n\nLinks in other pages that point at what this change edits.\n\n${rows.join('\n')}`);
  }
  return sections;
}

function picturesSection(report: PrReport): string | undefined {
  const pictured = [...report.pages.changed, ...report.pages.indirect].filter((page) => page.pictures && page.pictures.length > 0);
  const { pictures } = report;
  if (pictured.length === 0 && !pictures.problem) return undefined;
  const lines: string[] = ['### What changed, in pictures'];
  if (pictures.problem) lines.push(`No screenshots: ${escapeText(pictures.problem)}`);
  if (pictured.length > 0) {
    const legend = 'In a diff, green is what the change adds and red what it takes away; a line that moved shows in both.';
    const where = report.imagesUrl
      ? `Screenshots of the base and the head at ${pictures.widths.join(' and ')} px, and their diff. ${legend}`
      : `Screenshots of the base and the head at ${pictures.widths.join(' and ')} px, and their diff, are in the ${report.runUrl ? `[run's artifact](${report.runUrl})` : 'report folder'} (${code('images/')}). ${legend}`;
    lines.push(where);
    if (report.imagesUrl) {
      const base = report.imagesUrl.replace(/\/+$/, '');
      const cells = pictured.slice(0, 4).map((page) => {
        const picture = page.pictures!.find((entry) => entry.width >= 600) ?? page.pictures![0]!;
        const image = encodeURI(`${base}/${picture.diff ?? picture.head}`);
        return `<td><a href="${image}"><img src="${image}" width="260" alt="${escapeText(`${page.site} ${page.path}`).replace(/"/g, '&quot;')}"></a><br>${code(page.path)}</td>`;
      });
      lines.push(`<table><tr>${cells.join('')}</tr></table>`);
    }
  }
  if (pictures.notPictured.length > 0) {
    lines.push(`Not pictured (at most ${pictures.limit} pages are): ${pictures.notPictured.map((page) => `${code(page.path)} (${page.site})`).join(', ')}.`);
  }
  return lines.join('\n\n');
}

/** The pull request comment: Markdown, starting with the hidden marker that finds it again. */
export function renderMarkdown(report: PrReport, options: RenderOptions = {}): string {
  const builds = Object.entries(report.builds);
  const buildsOk = builds.every(([, pair]) => pair.head.status !== 'failed');
  const checkPart =
    report.check.status === 'crashed'
      ? '❌ the check could not run'
      : `${report.check.errors > 0 ? '❌' : '✅'} ${plural(report.check.errors, 'error')}, ${plural(report.check.warnings, 'warning')}`;
  const summary = [
    `**Checks** ${checkPart}`,
    `**Builds** ${buildsOk ? '✅' : '❌'} ${builds.map(([site, pair]) => `${site} ${pair.head.status}`).join(', ')}`,
    `**Pages** ${report.pages.changed.length} changed, ${report.pages.indirect.length} indirectly`,
  ].join(' · ');
  const buildRows = builds.map(([site, pair]) => {
    const preview = report.previews[site] ? `[${report.previews[site]}](${report.previews[site]})` : pair.head.status === 'passed' ? (report.runUrl ? `in the [run's artifact](${report.runUrl})` : 'in the report folder') : '';
    return `| ${site} | ${buildCell(pair.head)} | ${buildCell(pair.base)} | ${preview} |`;
  });
  const failures = builds.flatMap(([site, pair]) =>
    (['head', 'base'] as const)
      .filter((side) => pair[side].status === 'failed')
      .map((side) => details(`${site}: the ${side} build failed, its last lines`, `\`\`\`text\n${(pair[side].logTail ?? '').replaceAll('```', "'''")}\n\`\`\``)),
  );
  const parts = [
    commentMarker,
    '## Pressroom report',
    `${summary}\n\n<sub>Base ${code(report.base.ref)} (${short(report.base.sha)}) → head ${short(report.head.sha)}${report.head.dirty ? ' with uncommitted changes' : ''}. This comment is updated on every push.</sub>`,
    `### Builds\n\n| Site | Head | Base | Preview |\n| --- | --- | --- | --- |\n${buildRows.join('\n')}${failures.length > 0 ? `\n\n${failures.join('\n\n')}` : ''}`,
    findingsSection(report, options),
    wordsSection(report),
    ...pagesSections(report, options),
    picturesSection(report),
    `---\n<sub>See this report before you push: ${code(options.localCommand ?? `pnpm exec pressroom pr-report --base ${report.base.ref.replace(/^origin\//, '')}`)}.${report.runUrl ? ` [Workflow run](${report.runUrl})` : ''}</sub>`,
  ];
  return `${parts.filter((part): part is string => Boolean(part)).join('\n\n')}\n`;
}

/** The same report for a terminal: plain text, image paths relative to the report folder. */
export function renderText(report: PrReport, outDir: string): string {
  const lines: string[] = [];
  lines.push(`Pressroom report: base ${report.base.ref} (${short(report.base.sha)}) → head ${short(report.head.sha)}${report.head.dirty ? ' + uncommitted changes' : ''}`);
  lines.push('', 'Builds');
  for (const [site, pair] of Object.entries(report.builds)) {
    lines.push(`  ${site.padEnd(6)} head ${pair.head.status}${seconds(pair.head.durationMs)}, base ${pair.base.status}${seconds(pair.base.durationMs)}${pair.head.log && pair.head.status === 'failed' ? ` (log: ${outDir}/${pair.head.log})` : ''}`);
  }
  lines.push('', report.check.status === 'crashed' ? `Findings: the check could not run: ${report.check.problem}` : `Findings: ${plural(report.check.errors, 'error')}, ${plural(report.check.warnings, 'warning')}`);
  for (const entry of report.check.files) {
    lines.push(`  ${entry.file}`);
    for (const finding of entry.findings) lines.push(`    ${`${finding.line}:${finding.column}`.padEnd(8)} ${finding.severity.padEnd(8)} ${finding.message}  ${finding.ruleId}`);
  }
  if (report.check.unknownWords.length > 0) {
    lines.push('', `Unknown words: ${report.check.unknownWords.map((entry) => entry.word).join(', ')}`);
    lines.push('  If they are spelled right, accept them for the whole project:', `  ${acceptWordsCommand(report.check.unknownWords.map((entry) => entry.word))}`);
  }
  const pageLines = (pages: readonly ReportPage[], withReasons: boolean) =>
    pages.map((page) => {
      const pictures = page.pictures?.map((picture) => `${outDir}/${picture.diff ?? picture.head}`).join(', ');
      const change = page.status === 'changed' ? (page.words > 0 ? plural(page.words, 'word') : 'markup only') : page.status;
      return `  ${page.site.padEnd(6)} ${page.path}  ${change}${withReasons && page.reasons.length > 0 ? ` (${page.reasons.join('; ')})` : ''}${page.file ? ` (${page.file})` : ''}${pictures ? `\n         pictures: ${pictures}` : ''}`;
    });
  const predicted = Object.entries(report.pages.sources).filter(([, source]) => source === 'content').map(([site]) => site);
  lines.push('', `Changed pages: ${report.pages.changed.length}${predicted.length > 0 ? ` (predicted from the content for the ${predicted.join(' and ')})` : ''}`, ...pageLines(report.pages.changed, false));
  lines.push('', `Changed indirectly: ${report.pages.indirect.length}`, ...pageLines(report.pages.indirect, true));
  if (report.pages.links.length > 0) {
    lines.push('', `Links into edited pages: ${report.pages.links.length}`);
    for (const link of report.pages.links) lines.push(`  ${link.file}:${link.line} → ${link.url}  ${link.resolves ? 'still lands' : 'no longer lands'}`);
  }
  if (report.pictures.problem) lines.push('', `No screenshots: ${report.pictures.problem}`);
  if (report.pictures.notPictured.length > 0) lines.push('', `Not pictured (limit ${report.pictures.limit}): ${report.pictures.notPictured.map((page) => `${page.site} ${page.path}`).join(', ')}`);
  lines.push('', `Report: ${outDir}/report.json, comment: ${outDir}/report.md`);
  return `${lines.join('\n')}\n`;
}
