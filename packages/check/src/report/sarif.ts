import type { Diagnostic } from '../run/diagnostic.js';
import type { SuppressedDiagnostic } from '../run/directives.js';
import type { OutputFormat, RuleInfo } from './format.js';

/** Where SARIF viewers link the tool's name: this package's home page. */
export const toolHomePage = 'https://github.com/pressroom-dev/pressroom/tree/main/packages/check#readme';

/** SARIF 2.1.0, for GitHub code scanning and other viewers; valid with no findings too. */
export function formatSarif(diagnostics: readonly Diagnostic[], rules: readonly RuleInfo[], version: string, suppressed: readonly SuppressedDiagnostic[] = []): string {
  const used = new Set([...diagnostics, ...suppressed].map((diagnostic) => diagnostic.ruleId));
  const known = new Map(rules.map((rule) => [rule.id, rule]));
  const ruleList = [...used].sort().map((id) => ({
    id,
    shortDescription: { text: known.get(id)?.description ?? id },
    helpUri: known.get(id)?.url ?? diagnostics.find((diagnostic) => diagnostic.ruleId === id)?.url,
  }));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'pressroom', version, informationUri: toolHomePage, rules: ruleList } },
        // A finding hidden by a comment is a result with an in-source suppression: code scanning
        // shows it as dismissed with the comment's reason rather than forgetting it.
        results: [...diagnostics, ...suppressed].map((diagnostic) => ({
          ruleId: diagnostic.ruleId,
          level: diagnostic.severity === 'error' ? 'error' : 'warning',
          message: { text: sarifMessage(diagnostic) },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: diagnostic.file },
                region: {
                  startLine: diagnostic.line,
                  startColumn: diagnostic.column,
                  endLine: diagnostic.endLine,
                  endColumn: diagnostic.endColumn,
                },
              },
            },
          ],
          ...(diagnostic.suggestions?.length
            ? { properties: { suggestions: diagnostic.suggestions } }
            : {}),
          ...('suppressedBy' in diagnostic ? { suppressions: [inSourceSuppression(diagnostic as SuppressedDiagnostic)] } : {}),
        })),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

function inSourceSuppression({ file, suppressedBy }: SuppressedDiagnostic) {
  return {
    kind: 'inSource',
    status: 'accepted',
    ...(suppressedBy.reason ? { justification: suppressedBy.reason } : {}),
    location: { physicalLocation: { artifactLocation: { uri: file }, region: { startLine: suppressedBy.line, startColumn: suppressedBy.column } } },
  };
}

/** The message, with what it could be instead and the note, which viewers show with it. */
function sarifMessage(diagnostic: Diagnostic): string {
  const suggestions = diagnostic.suggestions?.length ? ` (suggestions: ${diagnostic.suggestions.join(', ')})` : '';
  return `${diagnostic.message}${suggestions}${diagnostic.note ? `\n\n${diagnostic.note}` : ''}`;
}

export const sarif: OutputFormat = {
  name: 'sarif',
  write(report, output) {
    output.stdout(formatSarif(report.diagnostics, report.rules(), report.version, report.suppressed));
    output.stderr(`${report.summary}\n`);
  },
};
