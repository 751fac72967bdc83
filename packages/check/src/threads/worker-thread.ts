/**
 * A worker thread of `check`: parses files and runs the per-file rules on them, asking the main
 * thread to judge words (the dictionaries live there once, not once per worker).
 */
import { serialize } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { checkOneFile } from '../run/file-pass.js';
import { decodeSource } from '../input/read.js';
import { rules } from '../rules/index.js';
import { rememberingJudge, wordJudgeKey, type WordVerdict } from '../spelling/judge.js';
import type { FromWorker, ToWorker, WorkerSetup } from './pool.js';
import { openQuestions, sendError } from './questions.js';

const setup = workerData as WorkerSetup;
const port = parentPort!;
const post = (message: FromWorker) => port.postMessage(message);

const questions = openQuestions<WordVerdict[]>();
// A word is asked about once per worker, not once per file: most words of a file were met in
// earlier ones, and a file that holds no new word need not wait for the main thread at all.
const remoteJudge = rememberingJudge((words, suggestFor) => questions.ask((id) => post({ type: 'judge', id, words, suggestFor })));

const shared = new Map<string, unknown>([[wordJudgeKey, Promise.resolve(remoteJudge)]]);
const options = { config: setup.config, rules, style: setup.style, shared };

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
