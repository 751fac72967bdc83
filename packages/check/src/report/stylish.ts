import type { Diagnostic } from '../run/diagnostic.js';
import { paint } from './color.js';
import { escapeControls } from './escape.js';
import type { OutputFormat } from './format.js';

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
  const underline = (text: string) => paint(options.color, 'underline', text);
  const byFile = new Map<string, Diagnostic[]>();
  for (const found of diagnostics) {
    // Paths and messages quote content: shown with their control characters escaped.
    const diagnostic = {
      ...found,
      file: escapeControls(found.file),
      message: escapeControls(found.message),
      suggestions: found.suggestions?.map(escapeControls),
      ...(found.note === undefined ? {} : { note: escapeControls(found.note) }),
    };
    const list = byFile.get(diagnostic.file) ?? [];
    list.push(diagnostic);
    byFile.set(diagnostic.file, list);
  }
  const blocks: string[] = [];
  for (const [file, list] of byFile) {
    // A loop, not `Math.max(...list)`: a spread of 200,000 arguments overflows the stack.
    let placeWidth = 0;
    let messageWidth = 0;
    for (const diagnostic of list) {
      placeWidth = Math.max(placeWidth, place(diagnostic).length);
      messageWidth = Math.min(100, Math.max(messageWidth, diagnostic.message.length));
    }
    const lines = list.map((diagnostic) => {
      const severity = diagnostic.severity === 'error' ? paint(options.color, 'red', 'error  ') : paint(options.color, 'yellow', 'warning');
      let line = `  ${place(diagnostic).padEnd(placeWidth)}  ${severity}  ${diagnostic.message.padEnd(messageWidth)}  ${diagnostic.ruleId}`;
      // Under the finding, as ESLint and remark print them: what it could be instead, and any note.
      const indent = `  ${' '.repeat(placeWidth)}  ${' '.repeat(7)}  `;
      if (diagnostic.suggestions?.length) line += `\n${indent}${paint(options.color, 'dim', 'suggestions:')} ${diagnostic.suggestions.join(', ')}`;
      if (diagnostic.note) line += `\n${indent}${paint(options.color, 'dim', 'note:')} ${diagnostic.note}`;
      return line;
    });
    blocks.push(`${underline(file)}\n${lines.join('\n')}`);
  }
  return blocks.length > 0 ? `${blocks.join('\n\n')}\n` : '';
}

export const stylish: OutputFormat = {
  name: 'stylish',
  note: 'default',
  write(report, output) {
    output.stdout(formatStylish(report.diagnostics, { color: report.color }));
    output.stdout(`${report.diagnostics.length > 0 ? '\n' : ''}${report.summary}\n`);
  },
};
