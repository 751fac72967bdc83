import type { Diagnostic } from '../run/diagnostic.js';

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
    // A finding that stands for those past `checks.maxFindingsPerFile` counts each of them.
    if (diagnostic.hidden) {
      errors += diagnostic.hidden.errors;
      warnings += diagnostic.hidden.warnings;
    } else if (diagnostic.severity === 'error') errors++;
    else warnings++;
  }
  return { files, errors, warnings, milliseconds };
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** `12 files checked: 1 error, 0 warnings in 0.42s`, which every format prints once. */
export function summaryLine(summary: Totals): string {
  const seconds = (summary.milliseconds / 1000).toFixed(2);
  return `${plural(summary.files, 'file')} checked: ${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')} in ${seconds}s`;
}
