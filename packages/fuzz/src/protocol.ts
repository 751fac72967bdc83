/** What the harness hands each worker thread. */
export interface WorkerInput {
  seed: number;
  root: string;
  /** A `file:` URL of a module whose default export is a `CreateAdapter`. */
  adapterUrl: string;
}

export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'idle' }
  | { type: 'start'; index: number }
  | { type: 'done'; index: number; ms: number; diagnostics: number; problems: string[]; heapMb: number }
  | { type: 'crash'; index: number; ms: number; error: string };
