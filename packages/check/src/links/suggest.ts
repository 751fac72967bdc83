import { distance } from 'fastest-levenshtein';

/** Lists longer than this are searched through a trigram index instead of compared one by one. */
const fullScanLimit = 256;
/** How many of the candidates sharing the most trigrams are compared by edit distance. */
const shortlistSize = 160;

interface PreparedList {
  unique: string[];
  lower: string[];
  /** Candidate indices by trigram, for long lists; trigrams most candidates share are left out. */
  trigrams: Map<string, number[]> | undefined;
  /** Scratch space for the trigram scores of one search. */
  scores: Float64Array;
  /** Answers so far: the same broken target is often written many times. */
  answers: Map<string, string | undefined>;
}

const preparedLists = new WeakMap<readonly string[], PreparedList>();

function trigramsOf(text: string): Set<string> {
  const found = new Set<string>();
  for (let index = 0; index + 3 <= text.length; index++) found.add(text.slice(index, index + 3));
  return found;
}

/** Candidates without repeats and in lower case, once per list (lists are shared across links). */
function prepared(candidates: readonly string[]): PreparedList {
  let found = preparedLists.get(candidates);
  if (!found) {
    const unique = [...new Set(candidates)];
    const lower = unique.map((candidate) => candidate.toLowerCase());
    let trigrams: Map<string, number[]> | undefined;
    if (unique.length > fullScanLimit) {
      trigrams = new Map();
      lower.forEach((candidate, index) => {
        for (const trigram of trigramsOf(candidate)) {
          const list = trigrams!.get(trigram);
          if (list) list.push(index);
          else trigrams!.set(trigram, [index]);
        }
      });
      // A trigram in most candidates (`/po`, `sts`) tells them apart no better than none does.
      const common = Math.max(32, unique.length / 50);
      for (const [trigram, list] of trigrams) if (list.length > common) trigrams.delete(trigram);
    }
    found = { unique, lower, trigrams, scores: new Float64Array(trigrams ? unique.length : 0), answers: new Map() };
    preparedLists.set(candidates, found);
  }
  return found;
}

/** The indices worth an edit distance: all of a short list, the best trigram matches of a long one. */
function shortlist(target: string, list: PreparedList): number[] {
  if (!list.trigrams || target.length < 3) return list.unique.map((_, index) => index);
  // A rare trigram says more than a frequent one: each counts one over the candidates it is in.
  const { scores } = list;
  const touched: number[] = [];
  for (const trigram of trigramsOf(target)) {
    const indices = list.trigrams.get(trigram);
    if (!indices) continue;
    const weight = 1 / indices.length;
    for (const index of indices) {
      if (scores[index] === 0) touched.push(index);
      scores[index]! += weight;
    }
  }
  touched.sort((a, b) => scores[b]! - scores[a]! || a - b);
  const chosen = touched.slice(0, shortlistSize).sort((a, b) => a - b);
  for (const index of touched) scores[index] = 0;
  return chosen;
}

/**
 * The candidate nearest to what was written, when it is near enough to be a likely typo or an
 * outdated name: at most half the length of the longer string away, compared without case.
 * Called only for broken links. A long list (every page of a large site) is narrowed first to the
 * candidates sharing the most distinctive trigrams with what was written, so the cost per broken
 * link does not grow with the site; a short list is compared in full. The narrowing can miss the
 * nearest page in a rare case (its test measures how rare); the finding itself never changes,
 * only its suggestion.
 */
export function nearest(written: string, candidates: readonly string[]): string | undefined {
  const list = prepared(candidates);
  if (list.answers.has(written)) return list.answers.get(written);
  const answer = search(written, list);
  list.answers.set(written, answer);
  return answer;
}

function search(written: string, list: PreparedList): string | undefined {
  const target = written.toLowerCase();
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const index of shortlist(target, list)) {
    const candidate = list.unique[index]!;
    // The distance is at least the difference in length: such a candidate cannot beat the best.
    if (Math.abs(candidate.length - target.length) >= bestDistance) continue;
    const current = distance(target, list.lower[index]!);
    if (current < bestDistance) {
      best = candidate;
      bestDistance = current;
    }
  }
  if (best === undefined || best === written) return undefined;
  const limit = Math.max(2, Math.floor(Math.max(written.length, best.length) / 2));
  return bestDistance <= limit ? best : undefined;
}
