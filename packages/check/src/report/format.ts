import type { Diagnostic } from '../run/diagnostic.js';
import type { SuppressedDiagnostic } from '../run/directives.js';

/** A rule as a report describes it (SARIF lists the rules its results name). */
export interface RuleInfo {
  id: string;
  description: string;
  url: string;
}

/** What a format is given to write: the findings of the run, after `--quiet` and `--changed-lines`. */
export interface Report {
  diagnostics: readonly Diagnostic[];
  /**
   * The findings a disable comment hid, each with its comment: documents (JSON, SARIF) keep them
   * apart from the findings, as ESLint's `suppressedMessages` and SARIF's `suppressions` do.
   */
  suppressed?: readonly SuppressedDiagnostic[];
  /** How many files the run reported on. */
  files: number;
  /** What the run says of itself that is no finding (`spelling not checked for ja: no dictionary`). */
  notes?: readonly string[];
  /** The summary line (`summaryLine`), with the number of fixes applied when there were any. */
  summary: string;
  /** Whether the terminal shows colour (the stylish format alone uses it). */
  color: boolean;
  /** Every rule the run knows, style rules included, for formats that describe them. */
  rules(): RuleInfo[];
  /** The version of this package. */
  version: string;
}

export interface ReportOutput {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** One output format of `--format`: one file in `src/report/`, listed in `src/report/index.ts`. */
export interface OutputFormat {
  /** The value of `--format`. */
  name: string;
  /** Said after the name in `--help`: `default`, `default when GITHUB_ACTIONS=true`. */
  note?: string;
  /** Writes the report; a format whose output is a document puts the summary line on stderr. */
  write(report: Report, output: ReportOutput): void;
}
