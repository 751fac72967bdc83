/**
 * `checks.maxFindingsPerFile`: a file's findings past the limit are counted in one finding, as
 * cspell stops a document's issues at `maxNumberOfProblems`, so that a flood of findings in one
 * file costs the report, the cache of the output and the reader a bounded amount.
 */
import type { FileRecord } from '../rule.js';
import type { ResolvedConfig } from './config.js';
import { makeDiagnostic, type Diagnostic } from './diagnostic.js';

export const tooManyFindingsId = 'input-too-many-findings';

/** The first `max` findings of a file (sorted by place), then one that counts and stands for the rest. */
export function capFindings(config: ResolvedConfig, record: Pick<FileRecord, 'relativePath'>, sorted: Diagnostic[]): Diagnostic[] {
  const max = config.checks.maxFindingsPerFile;
  if (sorted.length <= max) return sorted;
  const hidden = { errors: 0, warnings: 0 };
  for (let index = max; index < sorted.length; index++) {
    if (sorted[index]!.severity === 'error') hidden.errors++;
    else hidden.warnings++;
  }
  const first = sorted[max]!;
  const count = sorted.length - max;
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
