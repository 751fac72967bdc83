import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { CheckConfigError } from '../run/config-error.js';
import { findCspellConfig } from './dictionary.js';

/**
 * The word list words are accepted into: the dictionary the cspell configuration defines with
 * `addWords: true`, the one cspell's editor extension adds words to ("Add Words to Dictionary").
 * The first such definition when there are several.
 */
export function projectWordList(rootDir: string): string {
  const configPath = findCspellConfig(rootDir);
  if (!configPath) {
    throw new CheckConfigError(
      `Unexpected missing cspell configuration in ${rootDir}, expected a cspell.config.yaml with a word list (a dictionary definition with \`addWords: true\`) to accept words into`,
    );
  }
  let parsed: { dictionaryDefinitions?: unknown } | undefined;
  try {
    parsed = parseYaml(readFileSync(configPath, 'utf8')) as typeof parsed;
  } catch (error) {
    throw new CheckConfigError(`Unexpected unreadable cspell configuration ${configPath} (${(error as Error).message}), expected YAML or JSON`);
  }
  const definitions = Array.isArray(parsed?.dictionaryDefinitions) ? (parsed.dictionaryDefinitions as Record<string, unknown>[]) : [];
  const list = definitions.find((definition) => definition?.addWords === true && typeof definition.path === 'string');
  if (!list) {
    throw new CheckConfigError(
      `Unexpected cspell configuration without a word list in ${relative(rootDir, configPath) || configPath}, expected a dictionary definition with \`addWords: true\`, such as \`{ name: project-words, path: ./project-words.txt, addWords: true }\` listed in \`dictionaries\``,
    );
  }
  return resolve(dirname(configPath), list.path as string);
}

/** Case-insensitive order, then by code units: `apple` < `Banana` < `banana`. */
export function compareWords(a: string, b: string): number {
  const lowerA = a.toLowerCase();
  const lowerB = b.toLowerCase();
  if (lowerA !== lowerB) return lowerA < lowerB ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The word a line of a cspell word list holds: the text before a `#` comment, trimmed. */
function wordOf(line: string): string | undefined {
  const word = line.replace(/#.*$/, '').trim();
  return word === '' ? undefined : word;
}

function isSorted(words: readonly string[], compare: (a: string, b: string) => number): boolean {
  return words.every((word, index) => index === 0 || compare(words[index - 1]!, word) <= 0);
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * `text` (a word list) with `words` added: each once, and none that the list already holds in any
 * case (cspell's lists ignore case). Existing lines never change or move, comments and blank
 * lines included. In a list sorted case-insensitively (or by code units, as `sort` does), each new
 * word goes where that order puts it; in an unsorted list the new words are appended, sorted.
 */
export function withWords(text: string, words: Iterable<string>): { text: string; added: string[] } {
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text === '' ? [] : text.replace(/\r?\n$/, '').split(/\r?\n/);
  const present = new Set(lines.map(wordOf).filter((word): word is string => word !== undefined).map((word) => word.toLowerCase()));
  const added: string[] = [];
  for (const word of words) {
    const trimmed = word.trim();
    if (trimmed === '' || /\s/.test(trimmed) || present.has(trimmed.toLowerCase())) continue;
    present.add(trimmed.toLowerCase());
    added.push(trimmed);
  }
  if (added.length === 0) return { text, added };
  const existing = lines.map(wordOf).filter((word): word is string => word !== undefined);
  const compare = isSorted(existing, compareWords) ? compareWords : isSorted(existing, byCodeUnits) ? byCodeUnits : undefined;
  const sortedNew = [...added].sort(compare ?? compareWords);
  let out: string[];
  if (!compare || existing.length === 0) {
    out = [...lines, ...sortedNew];
  } else {
    out = [];
    let next = 0;
    for (const line of lines) {
      const word = wordOf(line);
      if (word !== undefined) while (next < sortedNew.length && compare(sortedNew[next]!, word) < 0) out.push(sortedNew[next++]!);
      out.push(line);
    }
    // Words after the last one: after the last word line, before trailing comments or blanks.
    const lastWordLine = out.findLastIndex((line) => wordOf(line) !== undefined);
    out.splice(lastWordLine + 1, 0, ...sortedNew.slice(next));
  }
  return { text: `${out.join(newline)}${newline}`, added: sortedNew };
}

/** Adds `words` to the word list at `path` (see `withWords`), writing through a rename. */
export function addToWordList(path: string, words: Iterable<string>): string[] {
  let text = '';
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const result = withWords(text, words);
  if (result.added.length === 0) return [];
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, result.text);
  renameSync(temporary, path);
  return result.added;
}
