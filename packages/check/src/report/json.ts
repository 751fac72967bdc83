import type { Diagnostic } from '../run/diagnostic.js';
import type { OutputFormat } from './format.js';

export function formatJson(diagnostics: readonly Diagnostic[], files: number): string {
  return `${JSON.stringify(
    {
      files,
      diagnostics: diagnostics.map((diagnostic) => ({
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
      })),
    },
    null,
    2,
  )}\n`;
}

export const json: OutputFormat = {
  name: 'json',
  write(report, output) {
    output.stdout(formatJson(report.diagnostics, report.files));
    output.stderr(`${report.summary}\n`);
  },
};
