import { readFileSync } from 'node:fs';
import { createTwoFilesPatch } from 'diff';
import { noInputLimits } from '../input/limits.js';
import { decodeSource } from '../input/read.js';
import type { CheckResult, Diagnostic } from '../run/check.js';
import { applyFixes, fixesFor, type FixMode } from './fix.js';

/**
 * `--fix-dry-run`: the fixes `--fix` would write, as one unified diff (`git apply` takes it), and
 * the findings they would leave. Nothing is written. `texts` are files checked from memory
 * (`--stdin`, `--staged`), by repository path; the others are read from disk.
 */
export function fixDiff(
  result: CheckResult,
  mode: FixMode,
  keep: ((diagnostic: Diagnostic) => boolean) | undefined,
  texts: ReadonlyMap<string, string>,
): { patch: string; fixed: number } {
  let patch = '';
  let fixed = 0;
  for (const entry of result.files) {
    const fixes = fixesFor(keep ? entry.diagnostics.filter(keep) : entry.diagnostics, mode);
    if (fixes.length === 0) continue;
    const path = entry.file.relativePath;
    let text = texts.get(path);
    if (text === undefined) {
      const source = decodeSource(readFileSync(entry.file.path), Number.POSITIVE_INFINITY, noInputLimits);
      // Changed since it was checked: its fixes' offsets no longer fit, as `--fix` would refuse it.
      if (source.hash !== entry.file.hash || source.problem) continue;
      text = source.text;
    }
    const applied = applyFixes(text, fixes);
    if (applied.applied === 0 || applied.text === text) continue;
    fixed += applied.applied;
    patch += createTwoFilesPatch(`a/${path}`, `b/${path}`, text, applied.text, undefined, undefined, { context: 3 }).replace(/^=+\n/, '');
    const appliedFixes = new Set(fixes);
    entry.diagnostics = entry.diagnostics.filter((diagnostic) => !diagnostic.fix || !appliedFixes.has(diagnostic.fix));
  }
  return { patch, fixed };
}
