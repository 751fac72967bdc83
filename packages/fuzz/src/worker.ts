// Runs in a worker thread through Node's type stripping: only erasable TypeScript here.
import { getHeapStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import type { CreateAdapter } from './adapter.ts';
import { generateCase } from './cases.ts';
import { loadSeeds } from './corpus.ts';
import { positionProblem, readings } from './positions.ts';
import type { WorkerInput, WorkerMessage } from './protocol.ts';

const input = workerData as WorkerInput;
const port = parentPort!;
const post = (message: WorkerMessage) => port.postMessage(message);

const seeds = loadSeeds(input.root);
const create = (await import(input.adapterUrl)).default as CreateAdapter;
const adapter = await create();

port.on('message', async (indices: number[]) => {
  for (const index of indices) {
    const fuzzCase = generateCase(input.seed, index, seeds);
    post({ type: 'start', index });
    const started = performance.now();
    try {
      const diagnostics = await adapter([{ path: fuzzCase.path, contents: fuzzCase.contents }]);
      const ms = performance.now() - started;
      const lines = readings(fuzzCase.contents);
      const problems: string[] = [];
      if (!Array.isArray(diagnostics)) problems.push('the checks returned no list of diagnostics');
      else {
        for (const diagnostic of diagnostics) {
          const problem = positionProblem(diagnostic, fuzzCase.path, fuzzCase.contents, lines);
          if (problem) problems.push(`${problem}: ${JSON.stringify({ ...diagnostic, message: String(diagnostic.message).slice(0, 300) })}`);
        }
      }
      post({ type: 'done', index, ms, diagnostics: Array.isArray(diagnostics) ? diagnostics.length : 0, problems, heapMb: getHeapStatistics().used_heap_size / 2 ** 20 });
    } catch (error) {
      post({ type: 'crash', index, ms: performance.now() - started, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  }
  post({ type: 'idle' });
});
post({ type: 'ready' });
