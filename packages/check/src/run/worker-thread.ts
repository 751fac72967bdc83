/**
 * A worker thread of `check`: parses files and runs the per-file rules on them, asking the main
 * thread to judge words (the dictionaries live there once, not once per worker).
 */
import { serialize } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { decodeSource } from '../input/read.js';
import { Stretches } from '../profile/index.js';
import type { WordVerdict } from '../rule.js';
import { rules } from '../rules/index.js';
import { rememberingJudge } from '../spelling/judge.js';
import type { FromWorker, ToWorker, WorkerSetup } from '../threads/pool.js';
import { openQuestions, sendError } from '../threads/questions.js';
import { checkOneFile, type FilePassOptions } from './file-pass.js';

const setup = workerData as WorkerSetup;
const port = parentPort!;
const post = (message: FromWorker) => port.postMessage(message);

const questions = openQuestions<WordVerdict[]>();
// A word is asked about once per worker, not once per file: most words of a file were met in
// earlier ones, and a file that holds no new word need not wait for the main thread at all.
const words = rememberingJudge((asked, suggestFor) => questions.ask((id) => post({ type: 'judge', id, words: asked, suggestFor })));

const options: FilePassOptions = { config: setup.config, rules, style: setup.style, shared: new Map(), words, stretches: new Stretches() };

port.on('message', (message: ToWorker) => {
  if (message.type === 'verdicts') {
    questions.answer(message.id, message.verdicts, message.error);
    return;
  }
  const { index, identity, bytes, hash } = message;
  const source = decodeSource(bytes, setup.config.checks.maxFileSize, setup.config.checks, hash);
  checkOneFile(options, identity, source).then(
    (outcome) => post({ type: 'outcome', index, packed: serialize(outcome) }),
    (error: unknown) => post({ type: 'fatal', error: sendError(error) }),
  );
});
