import type { Diagnostic } from '../run/diagnostic.js';
import type { OutputFormat, RuleInfo } from './format.js';

/** SARIF 2.1.0, for GitHub code scanning and other viewers. */
export function formatSarif(diagnostics: readonly Diagnostic[], rules: readonly RuleInfo[], version: string): string {
  const used = new Set(diagnostics.map((diagnostic) => diagnostic.ruleId));
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
        tool: { driver: { name: 'pressroom', version, informationUri: ruleList[0]?.helpUri, rules: ruleList } },
        results: diagnostics.map((diagnostic) => ({
          ruleId: diagnostic.ruleId,
          level: diagnostic.severity === 'error' ? 'error' : 'warning',
          message: { text: diagnostic.message },
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
        })),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

export const sarif: OutputFormat = {
  name: 'sarif',
  write(report, output) {
    output.stdout(formatSarif(report.diagnostics, report.rules(), report.version));
    output.stderr(`${report.summary}\n`);
  },
};
