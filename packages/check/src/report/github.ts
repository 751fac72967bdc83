import type { Diagnostic } from '../run/diagnostic.js';
import { escapeControls } from './escape.js';
import type { OutputFormat } from './format.js';

/** Workflow-command values escape `%`, CR and LF; properties also `:` and `,`. */
function escapeData(value: string): string {
  // CR and LF are the command's own escapes; any other control character is shown as an escape.
  // eslint-disable-next-line no-control-regex -- the characters to show
  return value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A').replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (char) => escapeControls(char));
}

function escapeProperty(value: string): string {
  return escapeData(value).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/** GitHub Actions annotations: one `::error` / `::warning` workflow command per finding. */
export function formatGithub(diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .map((diagnostic) => {
      const properties = [
        `file=${escapeProperty(diagnostic.file)}`,
        `line=${diagnostic.line}`,
        `col=${diagnostic.column}`,
        `endLine=${diagnostic.endLine}`,
        `endColumn=${diagnostic.endColumn}`,
        `title=${escapeProperty(diagnostic.ruleId)}`,
      ].join(',');
      const suggestion = diagnostic.suggestions?.length ? ` (suggestions: ${diagnostic.suggestions.join(', ')})` : '';
      const note = diagnostic.note ? `\n${diagnostic.note}` : '';
      return `::${diagnostic.severity === 'error' ? 'error' : 'warning'} ${properties}::${escapeData(diagnostic.message + suggestion + note)}\n`;
    })
    .join('');
}

export const github: OutputFormat = {
  name: 'github',
  note: 'default when GITHUB_ACTIONS=true',
  write(report, output) {
    output.stdout(formatGithub(report.diagnostics));
    output.stdout(`${report.summary}\n`);
  },
};
