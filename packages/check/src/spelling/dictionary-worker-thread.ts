/**
 * The dictionary thread: loads the cspell settings and dictionaries of `rootDir`, and answers the
 * run's judge: how each file is spell-checked, and the verdicts on its tokens and words.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { DictionaryThreadSetup, FromDictionaryThread, ToDictionaryThread } from '../threads/dictionary-thread.js';
import { answerWordQuestion, sendError } from '../threads/questions.js';
import { dictionariesInThisThread } from './judge.js';

const { rootDir } = workerData as DictionaryThreadSetup;
const port = parentPort!;
const dictionaries = dictionariesInThisThread(rootDir);

port.on('message', (message: ToDictionaryThread) => {
  if (message.type === 'warm-up') {
    dictionaries.warmUp();
    return;
  }
  answerWordQuestion(dictionaries, message.question).then(
    (reply) => port.postMessage({ type: 'answer', id: message.id, answer: reply, timings: { ...dictionaries.timings } } satisfies FromDictionaryThread),
    (error: unknown) =>
      port.postMessage({ type: 'answer', id: message.id, error: sendError(error), timings: { ...dictionaries.timings } } satisfies FromDictionaryThread),
  );
});
