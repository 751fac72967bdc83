/**
 * A worker thread of `check`: parses files and runs the per-file rules on them, asking the main
 * thread to judge words (the dictionaries live there once, not once per worker).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { CheckConfigError } from './config.js';
import { checkOneFile } from './process-file.js';
import { decodeSource } from './read.js';
import { rules } from './rules/index.js';
import { rememberingJudge, wordJudgeKey, type WordVerdict } from './rules/spelling/judge.js';
import type { FromWorker, ToWorker, WorkerSetup } from './pool.js';

const setup = workerData as WorkerSetup;
const port = parentPort!;
const post = (message: FromWorker) => port.postMessage(message);

let nextRequest = 0;
const pending = new Map<number, { resolve: (verdicts: WordVerdict[]) => void; reject: (error: Error) => void }>();
// A word is asked about once per worker, not once per file: most words of a file were met in
// earlier ones, and a file that holds no new word need not wait for the main thread at all.
const remoteJudge = rememberingJudge((words, suggest) => {
  const id = nextRequest++;
  return new Promise<WordVerdict[]>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    post({ type: 'judge', id, words, suggest });
  });
});

const shared = new Map<string, unknown>([[wordJudgeKey, Promise.resolve(remoteJudge)]]);
const options = { config: setup.config, rules, style: setup.style, shared };

port.on('message', (message: ToWorker) => {
  if (message.type === 'verdicts') {
    const request = pending.get(message.id);
    pending.delete(message.id);
    if (message.error) request?.reject(message.error.name === 'CheckConfigError' ? new CheckConfigError(message.error.message) : new Error(message.error.message));
    else request?.resolve(message.verdicts);
    return;
  }
  const { index, identity, bytes } = message;
  const source = decodeSource(bytes, setup.config.checks.maxFileSize, setup.config.checks);
  checkOneFile(options, identity, source).then(
    (outcome) => post({ type: 'outcome', index, outcome }),
    (error: unknown) => {
      const failure = error instanceof Error ? error : new Error(String(error));
      post({ type: 'fatal', error: { name: failure.name, message: failure.message } });
    },
  );
});
