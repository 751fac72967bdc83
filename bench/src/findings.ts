/**
 * Reads what each tool reported, in its own output format, into positions the manifest can be
 * compared with.
 */
import type { Defect, DefectKind, Manifest } from './corpus.ts';

export type Category = 'spelling' | 'links';

/**
 * Findings by category. A position key is `file:line:column`; markdown-link-check gives no
 * positions, so its findings are keyed `file -> url` instead.
 */
export interface Findings {
  spelling?: Set<string>;
  links?: Set<string>;
  /** When true, link findings are `file -> url` keys. */
  linksByUrl?: boolean;
}

export const positionKey = (file: string, line: number, column: number) => `${file}:${line}:${column}`;
export const urlKey = (file: string, url: string) => `${file} -> ${url}`;

/** `content/blog/a.md:12:5 - Unknown word (wrod)`, cspell's default reporter. */
export function parseCspell(output: string): Findings {
  const spelling = new Set<string>();
  for (const match of output.matchAll(/^(.+?):(\d+):(\d+) - Unknown word/gm)) {
    spelling.add(positionKey(match[1] as string, Number(match[2]), Number(match[3])));
  }
  return { spelling };
}

/**
 * The vfile-reporter text of remark-cli: a file name on its own line, then one line per message
 * starting with `line:column` (or `line:column-line:column`), indented or not depending on width.
 */
export function parseRemark(output: string, ruleSource: string): Findings {
  const links = new Set<string>();
  let file = '';
  for (const line of output.split('\n')) {
    const match = /^\s*(\d+):(\d+)(?:-\d+:\d+)?\s+(?:warning|error)\s.*\s(\S+)$/.exec(line);
    if (match) {
      if ((match[3] as string).startsWith(ruleSource)) links.add(positionKey(file, Number(match[1]), Number(match[2])));
    } else if (/^\S/.test(line) && !line.startsWith('⚠') && !line.startsWith('✖')) {
      file = line.trim();
    }
  }
  return { links };
}

/**
 * The default (not `--quiet`) output: `FILE: path` then one `[✓]`/`[✖]`/`[/]` line per link. With
 * `--quiet` and a folder, dead links are printed without their file, so the bench does not use it.
 */
export function parseMarkdownLinkCheck(output: string): Findings {
  const links = new Set<string>();
  let file = '';
  for (const line of output.split('\n')) {
    const header = /^FILE: (.+)$/.exec(line);
    if (header) {
      file = (header[1] as string).trim();
      continue;
    }
    const dead = /^\s*\[✖\] (\S+)/.exec(line);
    if (dead && file) links.add(urlKey(file, dead[1] as string));
  }
  return { links, linksByUrl: true };
}

interface PressroomDiagnostic {
  file: string;
  line: number;
  column: number;
  ruleId?: string;
}

/** The `--format json` report: `{"files", "diagnostics": [{file, line, column, ruleId, …}]}`. */
export function parsePressroom(output: string): Findings & { files: number; diagnostics: number } {
  const report = JSON.parse(output) as { files: number; diagnostics: PressroomDiagnostic[] };
  const spelling = new Set<string>();
  const links = new Set<string>();
  for (const diagnostic of report.diagnostics) {
    const key = positionKey(diagnostic.file, diagnostic.line, diagnostic.column);
    if (diagnostic.ruleId?.startsWith('spelling')) spelling.add(key);
    else if (diagnostic.ruleId?.startsWith('link')) links.add(key);
  }
  return { spelling, links, files: report.files, diagnostics: report.diagnostics.length };
}

export interface Recall {
  found: number;
  total: number;
}

export interface Score {
  byKind: Partial<Record<DefectKind, Recall>>;
  /** Findings of a checked category that match no known defect. */
  extra: number;
}

function defectKey(defect: Defect, byUrl: boolean): string {
  return byUrl ? urlKey(defect.file, defect.url ?? '') : positionKey(defect.file, defect.line, defect.column);
}

export function score(manifest: Manifest, findings: Findings): Score {
  const byKind: Score['byKind'] = {};
  let extra = 0;
  const categories: [Category, DefectKind[]][] = [
    ['spelling', ['misspelling']],
    ['links', ['broken-file', 'broken-anchor']],
  ];
  for (const [category, kinds] of categories) {
    const reported = findings[category];
    if (!reported) continue;
    const byUrl = category === 'links' && findings.linksByUrl === true;
    const known = new Set<string>();
    for (const kind of kinds) {
      const defects = manifest.defects.filter((defect) => defect.kind === kind);
      const keys = defects.map((defect) => defectKey(defect, byUrl));
      keys.forEach((key) => known.add(key));
      byKind[kind] = { found: keys.filter((key) => reported.has(key)).length, total: keys.length };
    }
    for (const key of reported) if (!known.has(key)) extra++;
  }
  return { byKind, extra };
}
