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

/** What the thread did so far, sent with each answer. */
const done = () => ({ timings: { ...dictionaries.timings }, languages: { load: { ...dictionaries.languages.load }, held: { ...dictionaries.languages.held } } });

port.on('message', (message: ToDictionaryThread) => {
  if (message.type === 'warm-up') {
    dictionaries.warmUp(message.first);
    return;
  }
  if (message.type === 'release') {
    dictionaries.release(message.language);
    port.postMessage({ type: 'answer', id: message.id, answer: undefined, ...done() } satisfies FromDictionaryThread);
    return;
  }
  answerWordQuestion(dictionaries, message.question).then(
    (reply) => port.postMessage({ type: 'answer', id: message.id, answer: reply, ...done() } satisfies FromDictionaryThread),
    (error: unknown) => port.postMessage({ type: 'answer', id: message.id, error: sendError(error), ...done() } satisfies FromDictionaryThread),
  );
});
