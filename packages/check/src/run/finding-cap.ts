/**
 * `checks.maxFindingsPerFile`: a file's findings past the limit are counted in one finding, as
 * cspell stops a document's issues at `maxNumberOfProblems`, so that a flood of findings in one
 * file costs the report, the cache of the output and the reader a bounded amount.
 */
import type { FileRecord } from '../rule.js';
import type { ResolvedConfig } from './config.js';
import { makeDiagnostic, sortDiagnostics, type Diagnostic } from './diagnostic.js';

export const tooManyFindingsId = 'input-too-many-findings';

/** Findings of a file that its per-file pass counted and let go (see `FindingCollector`). */
export interface DroppedFindings {
  errors: number;
  warnings: number;
}

/**
 * Gathers the findings of a file's per-file pass. In a file without disable comments it keeps only
 * the first `checks.maxFindingsPerFile + 1` by place (the order the report uses) and counts the
 * others, holding at most twice that many at a time: a flood of findings then costs memory in
 * proportion to the cap, not to the flood. No other finding can come before the ones kept (the
 * run-wide ones join them, each file's first ones win), and the one past the cap places the
 * finding that counts the rest. A comment may hide any finding, and the ones it hides decide what
 * is shown and whether the comment hid anything: a file with comments keeps every finding.
 */
export class FindingCollector {
  readonly #kept: Diagnostic[] = [];
  readonly #dropped: DroppedFindings = { errors: 0, warnings: 0 };
  readonly #keep: number | undefined;
  /** Whether a rule failed on the file, kept or not: such findings are no answer to cache. */
  failed = false;

  constructor(config: ResolvedConfig, record: Pick<FileRecord, 'readable' | 'facts'>) {
    const comments = record.readable ? (record.facts.directives?.comments.length ?? 0) : 0;
    this.#keep = comments === 0 ? config.checks.maxFindingsPerFile + 1 : undefined;
  }

  push(diagnostic: Diagnostic): void {
    if (diagnostic.ruleId === 'pressroom-internal') this.failed = true;
    this.#kept.push(diagnostic);
    if (this.#keep !== undefined && this.#kept.length >= 2 * this.#keep) this.#trim(this.#keep);
  }

  #trim(keep: number): void {
    sortDiagnostics(this.#kept);
    for (const diagnostic of this.#kept.splice(keep)) {
      if (diagnostic.severity === 'error') this.#dropped.errors++;
      else this.#dropped.warnings++;
    }
  }

  /** The findings kept, and the count of those let go when there are any. */
  finish(): { diagnostics: Diagnostic[]; dropped?: DroppedFindings } {
    if (this.#keep !== undefined && this.#kept.length > this.#keep) this.#trim(this.#keep);
    const { errors, warnings } = this.#dropped;
    return errors + warnings > 0 ? { diagnostics: this.#kept, dropped: { errors, warnings } } : { diagnostics: this.#kept };
  }
}

/**
 * The first `max` findings of a file (sorted by place), then one that counts and stands for the
 * rest, those its passes already let go (`dropped`) among them.
 */
export function capFindings(config: ResolvedConfig, record: Pick<FileRecord, 'relativePath'>, sorted: Diagnostic[], dropped: readonly (DroppedFindings | undefined)[] = []): Diagnostic[] {
  const max = config.checks.maxFindingsPerFile;
  if (sorted.length <= max) return sorted;
  const hidden = { errors: 0, warnings: 0 };
  for (const count of dropped) {
    hidden.errors += count?.errors ?? 0;
    hidden.warnings += count?.warnings ?? 0;
  }
  for (let index = max; index < sorted.length; index++) {
    if (sorted[index]!.severity === 'error') hidden.errors++;
    else hidden.warnings++;
  }
  const first = sorted[max]!;
  const count = hidden.errors + hidden.warnings;
  const summary = makeDiagnostic(
    config,
    record,
    tooManyFindingsId,
    // The run must fail as it would with every finding shown.
    hidden.errors > 0 ? 'error' : 'warning',
    {
      message: `${count} more finding${count === 1 ? '' : 's'} not shown (checks.maxFindingsPerFile is ${max}): fix the findings shown and check again, or raise checks.maxFindingsPerFile in pressroom.config.json to see them all`,
      place: { line: first.line, column: first.column },
    },
    'pressroom',
  );
  summary.hidden = hidden;
  const kept = sorted.slice(0, max);
  kept.push(summary);
  return kept;
}
