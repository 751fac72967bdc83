export type { CheckAdapter, CreateAdapter, FuzzDiagnostic, FuzzFile } from './adapter.ts';
export { GIANT_CASES, generateCase, type FuzzCase } from './cases.ts';
export { loadSeeds, repoRoot } from './corpus.ts';
export { formatReport, runFuzz, type CaseFailure, type FailureKind, type FuzzOptions, type FuzzReport } from './harness.ts';
export { byteMutations, giantMutations, textMutations, type Mutation, type SeedDocument } from './mutations.ts';
export { positionProblem } from './positions.ts';
export { Random, runSeed } from './random.ts';
