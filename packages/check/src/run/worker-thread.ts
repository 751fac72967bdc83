/**
 * A worker thread of `check`: parses files and runs the per-file rules on them, asking the main
 * thread to judge words (the dictionaries live there once, not once per worker).
 */
import { serialize } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { decodeSource } from '../input/read.js';
import { markdownFormatOf } from '../input/markdown-parser.js';
import { Stretches } from '../profile/index.js';
import { rules } from '../rules/index.js';
import { rememberingJudge } from '../spelling/judge.js';
import type { FromWorker, ToWorker, WorkerProgress, WorkerSetup } from '../threads/pool.js';
import { askingWordService, openQuestions, sendError } from '../threads/questions.js';
import { checkOneFile, type FilePassOptions } from './file-pass.js';

const setup = workerData as WorkerSetup & WorkerProgress;
/** What the pool watches: work started so far, and the file of the latest (-1: verdicts for any). */
const progress = new Int32Array(setup.progress);
const starting = (index: number) => {
  Atomics.store(progress, 1, index);
  Atomics.add(progress, 0, 1);
};
const port = parentPort!;
const post = (message: FromWorker) => port.postMessage(message);

const questions = openQuestions<unknown>();
// A token is asked about once per worker, not once per file: most tokens of a file were met in
// earlier ones, and a file that holds no new one waits for the main thread only for its setup.
const words = rememberingJudge(askingWordService((question) => questions.ask((id) => post({ type: 'judge', id, question }))));

const options: FilePassOptions = { config: setup.config, rules, style: setup.style, shared: new Map(), words, stretches: new Stretches() };

port.on('message', (message: ToWorker) => {
  if (message.type === 'answer') {
    starting(-1);
    questions.answer(message.id, message.answer, message.error);
    return;
  }
  const { index, identity, bytes, hash } = message;
  starting(index);
  const source = decodeSource(bytes, setup.config.checks.maxFileSize, setup.config.checks, hash, markdownFormatOf(identity.path));
  checkOneFile(options, identity, source).then(
    (outcome) => post({ type: 'outcome', index, packed: serialize(outcome) }),
    (error: unknown) => post({ type: 'fatal', error: sendError(error) }),
  );
});
