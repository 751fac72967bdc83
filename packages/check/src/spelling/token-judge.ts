import type { SpellingDictionaryCollection } from 'cspell-lib';
import type { TokenIssue, TokenVerdict } from '../rule.js';
import type { lineValidatorFactory as LineValidatorFactory } from './cspell-validator.js';

export type { TokenIssue, TokenVerdict };

type ValidateOptions = Parameters<typeof LineValidatorFactory>[1];

/**
 * Judges tokens as cspell's document validator judges the possible words of a line, with cspell's
 * own line validator: its camelCase and acronym rules, compounds, contractions, flagged words
 * and word splitter. The validator keeps what it learns about words from one token to the next,
 * as it does over one document; here over every file that shares the settings. A token that
 * follows a `\` is judged by a validator of its own, as cspell reads such a word with and without
 * its first letter and remembers the answer by word.
 */
export function tokenJudge(
  dictionary: SpellingDictionaryCollection,
  options: ValidateOptions,
  lineValidatorFactory: typeof LineValidatorFactory,
): (token: string) => TokenVerdict {
  let plain: ReturnType<typeof LineValidatorFactory>['fn'] | undefined;
  let afterBackslash: typeof plain;
  return (token) => {
    const escaped = token.startsWith('\\');
    const validate = escaped ? (afterBackslash ??= lineValidatorFactory(dictionary, options).fn) : (plain ??= lineValidatorFactory(dictionary, options).fn);
    const segment = { text: token, offset: 0 };
    const shift = escaped ? 1 : 0;
    const issues: TokenIssue[] = [];
    for (const issue of validate({ line: segment, segment })) {
      const length = issue.length ?? issue.text.length;
      issues.push({ offset: issue.offset - shift, word: issue.text, forbidden: issue.isFlagged === true, ...(length !== issue.text.length ? { length } : {}) });
    }
    return issues;
  };
}
