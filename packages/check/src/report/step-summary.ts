import type { Diagnostic } from '../run/diagnostic.js';
import { escapeControls } from './escape.js';
import { summaryLine, type Totals } from './summary.js';

/** The Markdown table for `$GITHUB_STEP_SUMMARY`: annotations are capped per step, this is not. */
export function formatStepSummary(diagnostics: readonly Diagnostic[], summary: Totals, blobBase?: string): string {
  const cell = (text: string) => escapeControls(text).replaceAll('|', '\\|');
  const lines = [`### Content checks`, '', summaryLine(summary), ''];
  if (diagnostics.length > 0) {
    lines.push('| File | Line | Severity | Rule | Message |', '| --- | --- | --- | --- | --- |');
    for (const diagnostic of diagnostics) {
      // A path may hold any character but `/` and NUL: in the link's address it is percent-encoded.
      const where = blobBase ? `[${cell(diagnostic.file)}](${blobBase}/${encodeURI(diagnostic.file)}#L${diagnostic.line})` : `\`${cell(diagnostic.file)}\``;
      const suggestions = diagnostic.suggestions?.length ? ` (suggestions: ${diagnostic.suggestions.join(', ')})` : '';
      const note = diagnostic.note ? `<br>${diagnostic.note}` : '';
      lines.push(
        `| ${where} | ${diagnostic.line}:${diagnostic.column} | ${diagnostic.severity} | [\`${diagnostic.ruleId}\`](${diagnostic.url}) | ${cell(diagnostic.message + suggestions)}${cell(note)} |`,
      );
    }
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}
