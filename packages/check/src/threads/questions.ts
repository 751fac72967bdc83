import type { SpellingSetup, SpellingSetupRequest, TokenVerdict, WordService, WordVerdict } from '../rule.js';
import { CheckConfigError } from '../run/config-error.js';

/** An error as it crosses between threads (structured clone keeps no class). */
export interface SentError {
  name: string;
  message: string;
}

export function sendError(error: unknown): SentError {
  const failure = error instanceof Error ? error : new Error(String(error));
  return { name: failure.name, message: failure.message };
}

/** The error again on the receiving side; a config problem stays one, so it still stops the run. */
export function receiveError(sent: SentError): Error {
  return sent.name === 'CheckConfigError' ? new CheckConfigError(sent.message) : new Error(sent.message);
}

/** Questions sent to another thread, each answered once under the id it was sent with. */
export function openQuestions<Answer>() {
  const pending = new Map<number, { resolve: (answer: Answer) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  return {
    get size() {
      return pending.size;
    },
    /** Sends a question with `send(id)` and waits for its answer. */
    ask(send: (id: number) => void): Promise<Answer> {
      const id = nextId++;
      return new Promise<Answer>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        send(id);
      });
    },
    /** Settles question `id` with its answer or the error sent instead. */
    answer(id: number, answer: Answer | undefined, error: SentError | undefined): void {
      const question = pending.get(id);
      pending.delete(id);
      if (!question) return;
      if (error) question.reject(receiveError(error));
      else question.resolve(answer as Answer);
    },
    /** Fails every open question, when the thread that would answer is gone. */
    failAll(error: Error): void {
      for (const { reject } of pending.values()) reject(error);
      pending.clear();
    },
  };
}

/** A word service's questions as they cross between threads. */
export type WordQuestion =
  | { kind: 'setup'; request: SpellingSetupRequest }
  | { kind: 'tokens'; key: string; tokens: string[] }
  | { kind: 'words'; words: string[]; suggestFor: number; language?: string };

/** Answers `question` with `words` (on the thread that holds the service). */
export function answerWordQuestion(words: WordService, question: WordQuestion): Promise<unknown> {
  switch (question.kind) {
    case 'setup':
      return words.setup(question.request);
    case 'tokens':
      return words.tokens(question.key, question.tokens);
    default:
      return words.judge(question.words, question.suggestFor, question.language);
  }
}

/** A word service that sends every question with `ask` (to the thread that holds the real one). */
export function askingWordService(ask: (question: WordQuestion) => Promise<unknown>): WordService {
  return {
    setup: (request) => ask({ kind: 'setup', request }) as Promise<SpellingSetup>,
    tokens: (key, tokens) => ask({ kind: 'tokens', key, tokens: [...tokens] }) as Promise<TokenVerdict[]>,
    judge: (words, suggestFor, language) => ask({ kind: 'words', words: [...words], suggestFor, ...(language ? { language } : {}) }) as Promise<WordVerdict[]>,
  };
}
