import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CSpellUserSettings, DictionaryDefinition, SpellingDictionary, SuggestionCollector } from 'cspell-lib';
import { installedVersion, writeWhole } from './compiled-dictionaries.js';

/**
 * cspell's English settings carry ninety thousand common misspellings as `suggestWords` entries
 * (`recieve->receive`). cspell parses them into a table each time a run first wants a suggestion,
 * which costs more than loading every other dictionary. Pressroom's build keeps that table, as
 * cspell parsed it, in `dist/dictionaries/<hash>.suggestions.json`; a run reads it with
 * `JSON.parse` and answers from it as cspell's suggestion list would. The file is named by a hash
 * of the entries and of cspell's version, so edited entries are parsed by cspell again.
 */

/** What a misspelling suggests: nothing, one word, or several in order of preference. */
type Suggested = false | string | string[];
/**
 * The table as stored: misspellings in code-unit order with what each suggests. Two arrays parse
 * several times faster than one object with ninety thousand keys, and a binary search finds the
 * few words a run asks about.
 */
interface SuggestionTable {
  misspellings: string[];
  suggested: Suggested[];
}

/** Named in each file's hash: a table stored another way gets another name. */
const tableFormat = 'misspellings and suggested, sorted';

function tableOf(parsed: Record<string, Suggested>): SuggestionTable {
  const misspellings = Object.keys(parsed).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { misspellings, suggested: misspellings.map((misspelling) => parsed[misspelling]!) };
}

function indexOf(sorted: readonly string[], word: string): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const at = sorted[middle]!;
    if (at === word) return middle;
    if (at < word) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

type SuggestionListDefinition = DictionaryDefinition & { suggestWords: string[] };

function hasSuggestionList(definition: DictionaryDefinition): definition is SuggestionListDefinition {
  const { suggestWords } = definition as { suggestWords?: unknown };
  return Array.isArray(suggestWords) && suggestWords.length > 0 && suggestWords.every((entry) => typeof entry === 'string');
}

function compiledFile(definition: SuggestionListDefinition, dir: URL | string): string {
  const hash = createHash('sha256').update(`${tableFormat}\0cspell-lib@${installedVersion('cspell-lib')}\0`).update(JSON.stringify(definition.suggestWords)).digest('hex');
  return join(dir instanceof URL ? fileURLToPath(dir) : dir, `${hash}.suggestions.json`);
}

const noErrors = (): Error[] => [];

/**
 * A suggestion-only dictionary answering from a table: the same answers, in the same order, as
 * cspell's own suggestion list built from the entries the table was compiled from (the build
 * checks every entry), and the same size, which orders a collection's dictionaries.
 */
function suggestionDictionary(name: string, source: string, table: SuggestionTable): SpellingDictionary {
  const preferred = (word: string) => {
    const index = indexOf(table.misspellings, word);
    if (index === -1) return undefined;
    const suggested = table.suggested[index];
    if (!suggested) return [];
    return (typeof suggested === 'string' ? [suggested] : suggested).map((suggestion, index) => ({ word: suggestion, cost: index + 1, isPreferred: true as const }));
  };
  const getPreferredSuggestions = (word: string) => preferred(word) ?? preferred(word.toLowerCase()) ?? [];
  return {
    name,
    source,
    options: {},
    type: 'suggest',
    containsNoSuggestWords: false,
    isDictionaryCaseSensitive: true,
    size: table.misspellings.length,
    has: () => false,
    find: () => undefined,
    isForbidden: () => false,
    isNoSuggestWord: () => false,
    suggest: getPreferredSuggestions,
    getPreferredSuggestions,
    genSuggestions(collector: SuggestionCollector) {
      for (const suggestion of getPreferredSuggestions(collector.word)) collector.add(suggestion);
    },
    getErrors: noErrors,
  };
}

/** The dictionary named `name` in a collection or the collections it holds. */
function findDictionary(dictionary: SpellingDictionary, name: string): SpellingDictionary | undefined {
  if (dictionary.name === name) return dictionary;
  for (const inner of (dictionary as { dictionaries?: SpellingDictionary[] }).dictionaries ?? []) {
    const found = findDictionary(inner, name);
    if (found) return found;
  }
  return undefined;
}

/**
 * The suggestion lists of `settings`' enabled definitions, from their compiled tables in `dir`;
 * `undefined` when any of them has none (cspell then parses them all, as before).
 */
export function compiledSuggestionLists(settings: CSpellUserSettings, dir: URL | string): SpellingDictionary[] | undefined {
  if (!existsSync(dir)) return undefined;
  const enabled = new Set(settings.dictionaries ?? []);
  const lists: SpellingDictionary[] = [];
  for (const definition of settings.dictionaryDefinitions ?? []) {
    if (!enabled.has(definition.name) || !hasSuggestionList(definition)) continue;
    const file = compiledFile(definition, dir);
    if (!existsSync(file)) return undefined;
    const table = JSON.parse(readFileSync(file, 'utf8')) as Partial<SuggestionTable>;
    if (!Array.isArray(table.misspellings) || !Array.isArray(table.suggested)) return undefined;
    lists.push(suggestionDictionary(`${definition.name}-suggest`, file, table as SuggestionTable));
  }
  return lists;
}

/**
 * Compiles the suggestion list of every enabled definition into `dir`: the table cspell parses
 * from its entries, written only when a dictionary answering from it gives every entry the
 * suggestions cspell's own gives and has its size. Returns the names compiled or found.
 */
export async function compileSuggestionLists(settings: CSpellUserSettings, dir: URL | string): Promise<string[]> {
  const { getDictionary } = await import('cspell-lib');
  mkdirSync(dir, { recursive: true });
  const enabled = new Set(settings.dictionaries ?? []);
  const done: string[] = [];
  for (const definition of settings.dictionaryDefinitions ?? []) {
    if (!enabled.has(definition.name) || !hasSuggestionList(definition)) continue;
    const file = compiledFile(definition, dir);
    if (!existsSync(file)) {
      const alone = await getDictionary({ dictionaries: [definition.name], dictionaryDefinitions: [{ name: definition.name, suggestWords: definition.suggestWords }] });
      const theirs = findDictionary(alone, `${definition.name}-suggest`);
      const parsed = (theirs as { typosDef?: unknown } | undefined)?.typosDef;
      // The table is not part of cspell's API: without it, or if it answers differently, the list
      // stays uncompiled and runs parse it as before.
      if (!theirs?.getPreferredSuggestions || !parsed || typeof parsed !== 'object') continue;
      const table = tableOf(JSON.parse(JSON.stringify(parsed)) as Record<string, Suggested>);
      const compiled = suggestionDictionary(definition.name, 'compiled', table);
      const same =
        compiled.size === theirs.size &&
        table.misspellings.every((word) =>
          [word, word.toUpperCase(), `${word[0]?.toUpperCase() ?? ''}${word.slice(1)}`].every(
            (asked) => JSON.stringify(compiled.getPreferredSuggestions!(asked)) === JSON.stringify(theirs.getPreferredSuggestions!(asked)),
          ),
        );
      if (!same) continue;
      writeWhole(file, JSON.stringify(table));
    }
    done.push(definition.name);
  }
  return done;
}
