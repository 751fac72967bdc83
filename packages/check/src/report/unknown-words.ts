import type { Diagnostic } from '../run/diagnostic.js';
import { isUnknownWord } from '../rules/spelling/spelling.js';
import { compareWords } from '../spelling/word-list.js';
import type { OutputFormat } from './format.js';

/** An unknown word of a run: how often it was reported, and where. */
export interface UnknownWord {
  /** The form reported most often (a word list accepts every case of it). */
  word: string;
  count: number;
  /** Findings per file, files in path order. */
  files: Record<string, number>;
}

/**
 * The unknown words of `diagnostics`, most frequent first (then alphabetically). Forms that differ
 * only in case are one word, as cspell's word lists ignore case; flagged words are not unknown.
 */
export function unknownWords(diagnostics: readonly Diagnostic[]): UnknownWord[] {
  const byKey = new Map<string, { forms: Map<string, number>; count: number; files: Map<string, number> }>();
  for (const diagnostic of diagnostics) {
    if (!isUnknownWord(diagnostic)) continue;
    const word = diagnostic.actual!;
    const key = word.toLowerCase();
    let entry = byKey.get(key);
    if (!entry) {
      entry = { forms: new Map(), count: 0, files: new Map() };
      byKey.set(key, entry);
    }
    entry.count += 1;
    entry.forms.set(word, (entry.forms.get(word) ?? 0) + 1);
    entry.files.set(diagnostic.file, (entry.files.get(diagnostic.file) ?? 0) + 1);
  }
  return [...byKey.values()]
    .map((entry) => ({
      // The first form among the most frequent ones: the order the run met them in.
      word: [...entry.forms].reduce((best, form) => (form[1] > best[1] ? form : best))[0],
      count: entry.count,
      files: Object.fromEntries([...entry.files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    }))
    .sort((a, b) => b.count - a.count || compareWords(a.word, b.word));
}

/** How many files a line names before it says how many more there are. */
const filesShown = 3;
/** How many files the list by file shows. */
const filesListed = 10;

/** The unknown words as a table for a terminal: count, word, and the files that hold it. */
export function formatUnknownWords(words: readonly UnknownWord[]): string {
  if (words.length === 0) return 'No unknown words.\n';
  const findings = words.reduce((sum, word) => sum + word.count, 0);
  const files = new Set(words.flatMap((word) => Object.keys(word.files))).size;
  const countWidth = Math.max(5, String(words[0]!.count).length);
  const wordWidth = Math.min(30, Math.max(4, ...words.map((word) => word.word.length)));
  const rows = words.map((word) => {
    const entries = Object.entries(word.files);
    const named = entries.slice(0, filesShown).map(([file, count]) => (count > 1 ? `${file} (${count})` : file));
    const more = entries.length > filesShown ? `, and ${entries.length - filesShown} more` : '';
    return `${String(word.count).padStart(countWidth)}  ${word.word.padEnd(wordWidth)}  ${named.join(', ')}${more}`;
  });
  const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
  const byFile = new Map<string, { findings: number; words: number }>();
  for (const word of words) {
    for (const [file, count] of Object.entries(word.files)) {
      const entry = byFile.get(file) ?? { findings: 0, words: 0 };
      entry.findings += count;
      entry.words += 1;
      byFile.set(file, entry);
    }
  }
  const fileRows = [...byFile]
    .sort(([a, left], [b, right]) => right.words - left.words || right.findings - left.findings || (a < b ? -1 : 1))
    .slice(0, filesListed)
    .map(([file, entry]) => `${String(entry.words).padStart(countWidth)}  ${file}`);
  return [
    `${plural(words.length, 'unknown word')} (${plural(findings, 'finding')} in ${plural(files, 'file')}), most frequent first:`,
    '',
    `${'count'.padStart(countWidth)}  ${'word'.padEnd(wordWidth)}  files`,
    ...rows,
    '',
    `Files with the most unknown words${byFile.size > filesListed ? ` (the first ${filesListed} of ${byFile.size})` : ''}:`,
    '',
    `${'words'.padStart(countWidth)}  file`,
    ...fileRows,
    '',
    'Fix the typos among them (pressroom check --fix=spelling fixes the common ones), then accept the',
    'rest into the project word list: pressroom check --accept-words',
    'Or record them as known findings, so that only new ones fail: pressroom check --baseline-write',
    '',
  ].join('\n');
}

/**
 * `--format unknown-words` (or `--unknown-words`): the run's unknown words by count, with the files
 * that hold them, instead of the findings; the way from a corpus full of names to a green check.
 */
export const unknownWordsFormat: OutputFormat = {
  name: 'unknown-words',
  write(report, output) {
    output.stdout(formatUnknownWords(unknownWords(report.diagnostics)));
    output.stderr(`${report.summary}\n`);
  },
};
