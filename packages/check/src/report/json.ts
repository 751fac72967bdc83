import type { Diagnostic } from '../run/diagnostic.js';
import type { SuppressedDiagnostic } from '../run/directives.js';
import type { OutputFormat } from './format.js';

/**
 * One finding in the `--format json` document, the contract programs reading the report rely on:
 * a finding as the run reports it, less the edit `--fix` applies.
 */
export type JsonDiagnostic = Omit<Diagnostic, 'fix'>;

/** The document `--format json` prints on stdout. */
export interface JsonReport {
  files: number;
  diagnostics: JsonDiagnostic[];
  suppressed?: (JsonDiagnostic & { suppressedBy: SuppressedDiagnostic['suppressedBy'] })[];
  notes?: string[];
}

export function formatJson(diagnostics: readonly Diagnostic[], files: number, suppressed: readonly SuppressedDiagnostic[] = [], notes: readonly string[] = []): string {
  const document: JsonReport = {
    files,
    diagnostics: diagnostics.map(jsonDiagnostic),
    // Only when a comment hid something, so that the usual document keeps its two fields.
    ...(suppressed.length > 0 ? { suppressed: suppressed.map((diagnostic) => ({ ...jsonDiagnostic(diagnostic), suppressedBy: diagnostic.suppressedBy })) } : {}),
    // A program reading the document learns what was not checked, as a reader of stderr does.
    ...(notes.length > 0 ? { notes: [...notes] } : {}),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function jsonDiagnostic(diagnostic: Diagnostic): JsonDiagnostic {
  return {
    file: diagnostic.file,
    line: diagnostic.line,
    column: diagnostic.column,
    endLine: diagnostic.endLine,
    endColumn: diagnostic.endColumn,
    ruleId: diagnostic.ruleId,
    severity: diagnostic.severity,
    message: diagnostic.message,
    source: diagnostic.source,
    url: diagnostic.url,
    ...(diagnostic.suggestions ? { suggestions: diagnostic.suggestions } : {}),
    ...(diagnostic.note ? { note: diagnostic.note } : {}),
    ...(diagnostic.actual !== undefined ? { actual: diagnostic.actual } : {}),
    ...(diagnostic.hidden ? { hidden: diagnostic.hidden } : {}),
  };
}

export const json: OutputFormat = {
  name: 'json',
  write(report, output) {
    output.stdout(formatJson(report.diagnostics, report.files, report.suppressed, report.notes));
    output.stderr(`${report.summary}\n`);
  },
};
