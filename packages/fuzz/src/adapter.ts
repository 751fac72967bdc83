/** A file handed to the checks: a path relative to the fixture root and its raw bytes. */
export interface FuzzFile {
  path: string;
  contents: Uint8Array;
}

/** The part of a diagnostic the fuzzer asserts on; 1-based positions in the original file. */
export interface FuzzDiagnostic {
  file: string;
  line: number;
  column: number;
  endLine?: number | undefined;
  endColumn?: number | undefined;
  ruleId?: string | undefined;
  message: string;
}

/** Runs the checks over some files and returns every diagnostic. */
export type CheckAdapter = (files: FuzzFile[]) => Promise<FuzzDiagnostic[]>;

/**
 * What an adapter module exports as default: called once per worker thread, so an adapter can set
 * up a scratch folder or warm caches once rather than per case.
 */
export type CreateAdapter = () => Promise<CheckAdapter> | CheckAdapter;
