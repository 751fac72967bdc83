/**
 * The dictionary thread: loads the cspell dictionaries of `rootDir` and judges the words the
 * run's judge asks about.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { DictionaryThreadSetup, FromDictionaryThread, ToDictionaryThread } from '../threads/dictionary-thread.js';
import { dictionariesInThisThread } from './judge.js';
import { sendError } from '../threads/questions.js';

const { rootDir } = workerData as DictionaryThreadSetup;
const port = parentPort!;
const dictionaries = dictionariesInThisThread(rootDir);

port.on('message', (message: ToDictionaryThread) => {
  if (message.type === 'warm-up') {
    dictionaries.warmUp();
    return;
  }
  dictionaries.judge(message.words, message.suggestFor).then(
    (verdicts) => port.postMessage({ type: 'verdicts', id: message.id, verdicts, timings: { ...dictionaries.timings } } satisfies FromDictionaryThread),
    (error: unknown) =>
      port.postMessage({ type: 'verdicts', id: message.id, error: sendError(error), timings: { ...dictionaries.timings } } satisfies FromDictionaryThread),
  );
});
