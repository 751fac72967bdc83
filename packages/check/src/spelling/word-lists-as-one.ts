import type { SpellingDictionary, SpellingDictionaryCollection, SuggestionCollector, SuggestOptions } from 'cspell-lib';

/**
 * cspell looks for suggestions in each dictionary of a collection on its own, and a search in a
 * list of a few thousand words (companies, file types, software terms, the project's words) costs
 * nearly what one in the language's own dictionary costs: a bounded search spends most of its work
 * near the root of the trie, where every list holds the same letters. Here the smaller lists are
 * searched as one trie built from their words, a search once per word instead of once per list.
 * The language's dictionary, the largest, stays on its own: cspell's search is best-first and cut
 * at a cost, and folding that one in changed some of the later suggestions, where the small lists
 * together change none (`bench/test/suggestion-identity.test.ts` runs the check both ways).
 *
 * `PRESSROOM_SUGGESTIONS_PER_DICTIONARY=1` searches every dictionary on its own, as cspell does.
 */

/** The search a trie dictionary of cspell-lib holds (`SpellingDictionaryFromTrie.trie`, not in its types). */
interface TrieSearch {
  readonly info: unknown;
  words(): Iterable<string>;
  genSuggestions(collector: SuggestionCollector, compoundMethod: number): void;
}

type TrieDictionary = SpellingDictionary & { readonly trie: TrieSearch };

export const searchEachDictionaryVariable = 'PRESSROOM_SUGGESTIONS_PER_DICTIONARY';

function leavesOf(dictionary: SpellingDictionary): SpellingDictionary[] {
  const inner = (dictionary as { dictionaries?: SpellingDictionary[] }).dictionaries;
  return inner ? inner.flatMap(leavesOf) : [dictionary];
}

/** A word list whose search can join others': a plain trie that suggests, without compounds of its own. */
function isSearchableTrie(dictionary: SpellingDictionary): dictionary is TrieDictionary {
  const trie = (dictionary as { trie?: Partial<TrieSearch> }).trie;
  return (
    dictionary.type === 'SpellingDictionaryFromTrie' &&
    typeof trie?.words === 'function' &&
    typeof trie.genSuggestions === 'function' &&
    !dictionary.options.noSuggest &&
    !dictionary.options.useCompounds
  );
}

/** The forms cspell searches a word in (`wordSuggestForms` of cspell-dictionary): as written, and in lower case. */
function searchForms(word: string): Set<string> {
  const normalised = word.normalize('NFC');
  return new Set([normalised, normalised.toLowerCase()]);
}

/** `dictionary` for every question but suggestions, which the joined search gives for it. */
function withoutOwnSearch(dictionary: SpellingDictionary): SpellingDictionary {
  return {
    name: dictionary.name,
    source: dictionary.source,
    type: dictionary.type,
    options: dictionary.options,
    containsNoSuggestWords: dictionary.containsNoSuggestWords,
    isDictionaryCaseSensitive: dictionary.isDictionaryCaseSensitive,
    size: dictionary.size,
    has: (word, options) => dictionary.has(word, options),
    find: (word, options) => dictionary.find(word, options),
    isForbidden: (word, ignoreCaseAndAccents) => dictionary.isForbidden(word, ignoreCaseAndAccents),
    isNoSuggestWord: (word, options) => dictionary.isNoSuggestWord(word, options),
    getPreferredSuggestions: (word) => dictionary.getPreferredSuggestions?.(word) ?? [],
    suggest: () => [],
    genSuggestions: () => undefined,
    getErrors: () => dictionary.getErrors?.() ?? [],
  };
}

/** One search over the words of `lists`, which share their trie's settings (`info`). */
async function searchedAsOne(lists: TrieDictionary[]): Promise<SpellingDictionary> {
  const { buildITrieFromWords, CompoundWordsMethod, impersonateCollector, suggestionCollector } = await import('cspell-trie-lib');
  const words: string[] = [];
  for (const list of lists) for (const word of list.trie.words()) words.push(word);
  const trie = buildITrieFromWords(words, lists[0]!.trie.info as Parameters<typeof buildITrieFromWords>[1]);
  const genSuggestions = (collector: SuggestionCollector, options: SuggestOptions = {}) => {
    for (const form of searchForms(collector.word)) trie.genSuggestions(impersonateCollector(collector, form), options.compoundMethod ?? CompoundWordsMethod.NONE);
  };
  return {
    name: `${lists.map((list) => list.name).join(', ')} (searched as one)`,
    source: 'joined search',
    type: 'suggest',
    options: {},
    containsNoSuggestWords: false,
    isDictionaryCaseSensitive: true,
    size: lists.reduce((total, list) => total + list.size, 0),
    // The lists themselves answer every lookup (`withoutOwnSearch`); this one only suggests.
    has: () => false,
    find: () => undefined,
    isForbidden: () => false,
    isNoSuggestWord: () => false,
    getPreferredSuggestions: () => [],
    suggest(word, options = {}) {
      const collector = suggestionCollector(word, {
        numSuggestions: options.numSuggestions ?? 8,
        changeLimit: options.numChanges ?? 5,
        ignoreCase: options.ignoreCase ?? true,
        ...(options.timeout === undefined ? {} : { timeout: options.timeout }),
      });
      genSuggestions(collector, options);
      return collector.suggestions;
    },
    genSuggestions,
    getErrors: () => [],
  };
}

/**
 * `collection` with its smaller word lists searched as one for suggestions (see above); its answers
 * to `has`, `isForbidden` and the rest come from the same lists as before. Unchanged when
 * `PRESSROOM_SUGGESTIONS_PER_DICTIONARY=1` or when fewer than two lists can be joined.
 */
export async function withWordListsSearchedAsOne(collection: SpellingDictionaryCollection): Promise<SpellingDictionaryCollection> {
  if (process.env[searchEachDictionaryVariable] === '1') return collection;
  const leaves = leavesOf(collection);
  const searchable = leaves.filter(isSearchableTrie);
  const largest = searchable.reduce<TrieDictionary | undefined>((found, list) => (found === undefined || list.size > found.size ? list : found), undefined);
  // Lists join only others whose trie reads its words the same way (prefixes for forbidden words, case, compounds).
  const groups = new Map<string, TrieDictionary[]>();
  for (const list of searchable) {
    if (list === largest) continue;
    const key = JSON.stringify(list.trie.info);
    groups.set(key, [...(groups.get(key) ?? []), list]);
  }
  const joined = [...groups.values()].filter((lists) => lists.length > 1);
  if (joined.length === 0) return collection;
  let searches: SpellingDictionary[];
  try {
    searches = await Promise.all(joined.map(searchedAsOne));
  } catch {
    // The tries are read through what cspell-lib does not promise: if they cannot be joined, cspell searches them as it does.
    return collection;
  }
  const { createSpellingDictionaryCollection } = await import('cspell-lib');
  const joinedLists = new Set(joined.flat());
  const dictionaries = [...leaves.map((leaf) => (joinedLists.has(leaf as TrieDictionary) ? withoutOwnSearch(leaf) : leaf)), ...searches];
  return createSpellingDictionaryCollection(dictionaries, collection.name);
}
