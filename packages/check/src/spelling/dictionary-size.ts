import type { SpellingDictionary } from 'cspell-lib';

type CSpell = Pick<typeof import('cspell-lib'), 'createSpellingDictionary'>;

interface TrieDictionary {
  trie: { size: number };
}

const resized = new WeakSet<object>();

/**
 * cspell's dictionary collection sorts its dictionaries by `size`, largest first, so that a word is
 * most often found in the first one asked. A dictionary read from a trie does not know its size and
 * estimates it by walking the trie's first five levels, and for a binary trie every node that walk
 * visits stays cached in the trie: for the English dictionaries a noticeable part of each load,
 * and heap held for the whole run in the thread that looks words up.
 *
 * The order changes no answer: `has`, `isForbidden` and the no-suggest check ask every dictionary,
 * and suggestions are ranked by cost, length and spelling whatever dictionary found them
 * (`dictionary-size.test.ts` checks both). So trie dictionaries report the number of nodes their
 * trie already counts, which orders the large dictionaries first as well, and nothing is cached.
 *
 * Applied once per thread, to cspell's own class (found through a dictionary made for the purpose,
 * as cspell does not export it); a class of another shape is left as it is.
 */
export function sizeTrieDictionariesWithoutWalking(cspell: CSpell): boolean {
  const probe = cspell.createSpellingDictionary([], '[pressroom size probe]', 'pressroom', {});
  if (!hasTrie(probe)) return false;
  const prototype = Object.getPrototypeOf(probe) as object;
  const descriptor = Object.getOwnPropertyDescriptor(prototype, 'size');
  if (!descriptor?.get || !descriptor.configurable) return false;
  if (resized.has(prototype)) return true;
  resized.add(prototype);
  Object.defineProperty(prototype, 'size', {
    configurable: true,
    enumerable: descriptor.enumerable ?? false,
    // Both of cspell's trie forms count their nodes once and keep the count.
    get(this: SpellingDictionary) {
      return hasTrie(this) ? this.trie.size : (descriptor.get!.call(this) as number);
    },
  });
  return true;
}

function hasTrie(dictionary: unknown): dictionary is SpellingDictionary & TrieDictionary {
  const trie = (dictionary as Partial<TrieDictionary> | undefined)?.trie;
  return typeof trie === 'object' && trie !== null && 'size' in trie;
}
