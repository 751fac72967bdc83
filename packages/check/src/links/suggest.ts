import { distance } from 'fastest-levenshtein';

const preparedLists = new WeakMap<readonly string[], { unique: string[]; lower: string[] }>();

/** Candidates without repeats and in lower case, once per list (lists are shared across links). */
function prepared(candidates: readonly string[]): { unique: string[]; lower: string[] } {
  let found = preparedLists.get(candidates);
  if (!found) {
    const unique = [...new Set(candidates)];
    found = { unique, lower: unique.map((candidate) => candidate.toLowerCase()) };
    preparedLists.set(candidates, found);
  }
  return found;
}

/**
 * The candidate nearest to what was written, when it is near enough to be a likely typo or an
 * outdated name: at most half the length of the longer string away, compared without case.
 * Called only for broken links, since comparing against every page has a cost.
 */
export function nearest(written: string, candidates: readonly string[]): string | undefined {
  const target = written.toLowerCase();
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  const { unique, lower } = prepared(candidates);
  for (let index = 0; index < unique.length; index++) {
    const candidate = unique[index]!;
    // The distance is at least the difference in length: such a candidate cannot beat the best.
    if (Math.abs(candidate.length - target.length) >= bestDistance) continue;
    const current = distance(target, lower[index]!);
    if (current < bestDistance) {
      best = candidate;
      bestDistance = current;
    }
  }
  if (best === undefined || best === written) return undefined;
  const limit = Math.max(2, Math.floor(Math.max(written.length, best.length) / 2));
  return bestDistance <= limit ? best : undefined;
}
