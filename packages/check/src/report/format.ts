import type { Diagnostic } from '../run/check.js';

export type OutputFormat = 'stylish' | 'github' | 'json' | 'sarif';

export interface Totals {
  files: number;
  errors: number;
  warnings: number;
  milliseconds: number;
}

export function totals(diagnostics: readonly Diagnostic[], files: number, milliseconds: number): Totals {
  let errors = 0;
  let warnings = 0;
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity === 'error') errors++;
    else warnings++;
  }
  return { files, errors, warnings, milliseconds };
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export function summaryLine(summary: Totals): string {
  const seconds = (summary.milliseconds / 1000).toFixed(2);
  return `${plural(summary.files, 'file')} checked: ${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')} in ${seconds}s`;
}

function place(diagnostic: Diagnostic): string {
  const end =
    diagnostic.endLine === diagnostic.line && diagnostic.endColumn === diagnostic.column
      ? ''
      : `-${diagnostic.endLine}:${diagnostic.endColumn}`;
  return `${diagnostic.line}:${diagnostic.column}${end}`;
}

export interface StylishOptions {
  color: boolean;
}

/** Grouped by file, one aligned line per finding, like remark-cli and ESLint. */
export function formatStylish(diagnostics: readonly Diagnostic[], options: StylishOptions): string {
  const paint = (code: string, text: string) => (options.color ? `\u001B[${code}m${text}\u001B[39m` : text);
  const underline = (text: string) => (options.color ? `\u001B[4m${text}\u001B[24m` : text);
  const byFile = new Map<string, Diagnostic[]>();
  for (const diagnostic of diagnostics) {
    const list = byFile.get(diagnostic.file) ?? [];
    list.push(diagnostic);
    byFile.set(diagnostic.file, list);
  }
  const blocks: string[] = [];
  for (const [file, list] of byFile) {
    const placeWidth = Math.max(...list.map((diagnostic) => place(diagnostic).length));
    const messageWidth = Math.min(100, Math.max(...list.map((diagnostic) => diagnostic.message.length)));
    const lines = list.map((diagnostic) => {
      const severity = diagnostic.severity === 'error' ? paint('31', 'error  ') : paint('33', 'warning');
      let line = `  ${place(diagnostic).padEnd(placeWidth)}  ${severity}  ${diagnostic.message.padEnd(messageWidth)}  ${diagnostic.ruleId}`;
      if (diagnostic.suggestions?.length && diagnostic.ruleId === 'spelling') {
        line += `\n  ${' '.repeat(placeWidth)}  ${' '.repeat(7)}  suggestions: ${diagnostic.suggestions.join(', ')}`;
      }
      return line;
    });
    blocks.push(`${underline(file)}\n${lines.join('\n')}`);
  }
  return blocks.length > 0 ? `${blocks.join('\n\n')}\n` : '';
}

/** Workflow-command values escape `%`, CR and LF; properties also `:` and `,`. */
function escapeData(value: string): string {
  return value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
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
      return `::${diagnostic.severity === 'error' ? 'error' : 'warning'} ${properties}::${escapeData(diagnostic.message + suggestion)}\n`;
    })
    .join('');
}

/** The Markdown table for `$GITHUB_STEP_SUMMARY`: annotations are capped per step, this is not. */
export function formatStepSummary(diagnostics: readonly Diagnostic[], summary: Totals, blobBase?: string): string {
  const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
  const lines = [`### Content checks`, '', summaryLine(summary), ''];
  if (diagnostics.length > 0) {
    lines.push('| File | Line | Severity | Rule | Message |', '| --- | --- | --- | --- | --- |');
    for (const diagnostic of diagnostics) {
      const where = blobBase ? `[${cell(diagnostic.file)}](${blobBase}/${diagnostic.file}#L${diagnostic.line})` : `\`${cell(diagnostic.file)}\``;
      lines.push(
        `| ${where} | ${diagnostic.line}:${diagnostic.column} | ${diagnostic.severity} | [\`${diagnostic.ruleId}\`](${diagnostic.url}) | ${cell(diagnostic.message)} |`,
      );
    }
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}

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
      })),
    },
    null,
    2,
  )}\n`;
}

export interface SarifRule {
  id: string;
  description: string;
  url: string;
}

/** SARIF 2.1.0, for GitHub code scanning and other viewers. */
export function formatSarif(diagnostics: readonly Diagnostic[], rules: readonly SarifRule[], version: string): string {
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
