import { relative } from 'node:path';
import { unknownWords } from '../report/unknown-words.js';
import { isUnknownWord } from '../rules/spelling/spelling.js';
import type { Diagnostic } from '../run/diagnostic.js';
import { addToWordList, projectWordList } from '../spelling/word-list.js';

/**
 * `--accept-words`: adds every unknown word of the run to the project word list (`word-list.ts`
 * says which list, and how a word goes in), and returns the findings left without them. Says on
 * stderr what it added.
 */
export function acceptWords(rootDir: string, diagnostics: Diagnostic[], stderr: (text: string) => void): Diagnostic[] {
  const listed = unknownWords(diagnostics);
  if (listed.length === 0) return diagnostics;
  const wordList = projectWordList(rootDir);
  const added = addToWordList(
    wordList,
    listed.map((entry) => entry.word),
  );
  const plural = added.length === 1 ? 'word' : 'words';
  stderr(`pressroom: added ${added.length} ${plural} to ${relative(rootDir, wordList) || wordList}${added.length > 0 ? `: ${added.join(', ')}` : ''}\n`);
  const accepted = new Set(listed.map((entry) => entry.word.toLowerCase()));
  return diagnostics.filter((diagnostic) => !isUnknownWord(diagnostic) || !accepted.has(diagnostic.actual!.toLowerCase()));
}
