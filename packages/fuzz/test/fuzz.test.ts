import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatReport, GIANT_CASES, runFuzz, runSeed } from '../src/index.ts';

/**
 * The fuzz run of the test command: FUZZ_RUNS mutated files (default 1,000) through the checks'
 * API, each bounded in time and memory. FUZZ_SEED reproduces a run, FUZZ_CASES=3,17 reruns cases.
 */
const seed = runSeed();
const runs = Number(process.env.FUZZ_RUNS ?? 1000);
const spellingRuns = Number(process.env.FUZZ_SPELLING_RUNS ?? 40);
const indices = process.env.FUZZ_CASES?.split(',').map(Number);
const caseTimeoutMs = Number(process.env.FUZZ_CASE_TIMEOUT_MS ?? 30_000);
// A safeguard, not a speed test: every case of a run must be judged, so the budget leaves a machine
// several times slower than a quiet one room to finish, and stays under the vitest timeout so the
// summary is still printed when it does not.
const budgetMs = Number(process.env.FUZZ_BUDGET_MS ?? 840_000);
const failureDir = join(import.meta.dirname, '../.fuzz-failures');
const adapter = new URL('../src/adapters/check.ts', import.meta.url);

describe('the checks under fuzzing', () => {
  it(`survive ${indices ? indices.length : runs} mutated files (every rule but spelling)`, async () => {
    const report = await runFuzz({ seed, runs, indices, adapterUrl: `${adapter.href}?off=spelling`, caseTimeoutMs, failureDir, budgetMs });
    console.log(formatReport(report));
    expect(report.cases).toBeGreaterThanOrEqual(indices ? indices.length : Math.min(runs, 1000));
    expect(report.notRun).toBe(0);
    expect(report.failures.map(({ index, kind, detail }) => `#${index} ${kind}: ${detail.split('\n')[0]}`)).toEqual([]);
  });

  // Spelling suggestions cost tens of milliseconds per unknown word, so this rule gets fewer cases,
  // and not the giant ones, which the run above already covers.
  it(`survive ${indices ? indices.length : spellingRuns} mutated files with spelling on`, async () => {
    const spellingIndices = indices ?? Array.from({ length: spellingRuns }, (_, offset) => GIANT_CASES + offset);
    const report = await runFuzz({ seed: (seed + 1) >>> 0, runs: spellingIndices.length, indices: spellingIndices, adapterUrl: adapter.href, caseTimeoutMs, failureDir, budgetMs: budgetMs / 4 });
    console.log(formatReport(report));
    expect(report.failures.map(({ index, kind, detail }) => `#${index} ${kind}: ${detail.split('\n')[0]}`)).toEqual([]);
  });
});
