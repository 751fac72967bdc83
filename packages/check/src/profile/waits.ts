import type { WordService } from '../rule.js';
import type { Stretches } from './stretches.js';

/**
 * The word service as the rules of one thread see it: a question's wait is not the asking
 * phase's time (the answer comes from another thread, or from work other files share), so the
 * phase's stretch ends while it waits.
 */
export function waitedFor(service: WordService, stretches: Stretches): WordService {
  return {
    setup: (request) => stretches.waitFor(service.setup(request)),
    tokens: (key, tokens) => stretches.waitFor(service.tokens(key, tokens)),
    judge: (words, suggestFor, language) => stretches.waitFor(service.judge(words, suggestFor, language)),
  };
}
