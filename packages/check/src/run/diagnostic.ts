import { VFileMessage } from 'vfile-message';
import type { ResolvedConfig } from './config.js';
import { memoIn } from './memo.js';
import type { Finding, Position } from '../rule.js';
import { ruleUrl } from '../rules/url.js';

export interface Diagnostic {
  /** Posix path relative to the repository root. */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  ruleId: string;
  severity: 'error' | 'warning';
  message: string;
  source: string;
  url: string;
  suggestions?: string[];
  /** The text found wrong (the unknown word), as vfile's `actual`. */
  actual?: string;
  note?: string;
  fix?: { start: number; end: number; replacement: string; kind: 'style' | 'spelling' };
  /** On an `input-too-many-findings` finding: the findings past `checks.maxFindingsPerFile` it stands for, counted in the totals. */
  hidden?: { errors: number; warnings: number };
}

/**
 * A rule's URL, made once per configuration and rule: making it builds the site's routes, and a file of
 * real content can have hundreds of findings.
 */
const ruleUrls = new WeakMap<ResolvedConfig, ReturnType<typeof memoIn>>();
function ruleUrlOf(config: ResolvedConfig, ruleId: string): string {
  let urls = ruleUrls.get(config);
  if (!urls) ruleUrls.set(config, (urls = memoIn(new Map())));
  return urls(ruleId, () => ruleUrl(config.site.config, ruleId, config.layout));
}

function toPosition(place: Finding['place']): Position {
  return 'start' in place ? { start: place.start, end: place.end } : { start: place, end: place };
}

export function makeDiagnostic(
  config: ResolvedConfig,
  file: { relativePath: string },
  ruleId: string,
  severity: 'error' | 'warning',
  finding: Finding,
  source: string,
): Diagnostic {
  const position = toPosition(finding.place);
  const diagnostic: Diagnostic = {
    file: file.relativePath,
    line: position.start.line,
    column: position.start.column,
    endLine: position.end.line,
    endColumn: position.end.column,
    ruleId,
    severity,
    message: finding.message,
    source,
    url: ruleUrlOf(config, ruleId),
  };
  if (finding.suggestions && finding.suggestions.length > 0) diagnostic.suggestions = finding.suggestions;
  if (finding.actual !== undefined) diagnostic.actual = finding.actual;
  if (finding.note) diagnostic.note = finding.note;
  if (finding.fix) diagnostic.fix = finding.fix;
  return diagnostic;
}

export function internalError(config: ResolvedConfig, file: { relativePath: string }, where: string, error: unknown): Diagnostic {
  const reason = error instanceof Error ? error.message : String(error);
  return makeDiagnostic(
    config,
    file,
    'pressroom-internal',
    'error',
    { message: `Unexpected internal error in ${where}: ${reason}. Please report it with this file attached`, place: { line: 1, column: 1 } },
    'pressroom',
  );
}

/** The diagnostic as a unified vfile message, for tools that speak vfile. */
export function toVFileMessage(diagnostic: Diagnostic): VFileMessage {
  const message = new VFileMessage(diagnostic.message, {
    place: {
      start: { line: diagnostic.line, column: diagnostic.column },
      end: { line: diagnostic.endLine, column: diagnostic.endColumn },
    },
    ruleId: diagnostic.ruleId,
    source: diagnostic.source,
  });
  message.file = diagnostic.file;
  message.fatal = diagnostic.severity === 'error';
  message.url = diagnostic.url;
  if (diagnostic.suggestions) message.expected = diagnostic.suggestions;
  if (diagnostic.actual !== undefined) message.actual = diagnostic.actual;
  if (diagnostic.note) message.note = diagnostic.note;
  return message;
}

export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return list.sort(
    (a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message),
  );
}
