import type { Diagnostic } from '../run/diagnostic.js';
import type { SuppressedDiagnostic } from '../run/directives.js';
import type { OutputFormat } from './format.js';

export function formatJson(diagnostics: readonly Diagnostic[], files: number, suppressed: readonly SuppressedDiagnostic[] = [], notes: readonly string[] = []): string {
  return `${JSON.stringify(
    {
      files,
      diagnostics: diagnostics.map(jsonDiagnostic),
      // Only when a comment hid something, so that the usual document keeps its two fields.
      ...(suppressed.length > 0 ? { suppressed: suppressed.map((diagnostic) => ({ ...jsonDiagnostic(diagnostic), suppressedBy: diagnostic.suppressedBy })) } : {}),
      // A program reading the document learns what was not checked, as a reader of stderr does.
      ...(notes.length > 0 ? { notes } : {}),
    },
    null,
    2,
  )}\n`;
}

function jsonDiagnostic(diagnostic: Diagnostic) {
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
  };
}

export const json: OutputFormat = {
  name: 'json',
  write(report, output) {
    output.stdout(formatJson(report.diagnostics, report.files, report.suppressed, report.notes));
    output.stderr(`${report.summary}\n`);
  },
};
