import { distance } from 'fastest-levenshtein';

/**
 * The candidate nearest to what was written, when it is near enough to be a likely typo or an
 * outdated name: at most half the length of the longer string away, compared without case.
 * Called only for broken links, since comparing against every page has a cost.
 */
export function nearest(written: string, candidates: readonly string[]): string | undefined {
  const target = written.toLowerCase();
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of new Set(candidates)) {
    const current = distance(target, candidate.toLowerCase());
    if (current < bestDistance) {
      best = candidate;
      bestDistance = current;
    }
  }
  if (best === undefined || best === written) return undefined;
  const limit = Math.max(2, Math.floor(Math.max(written.length, best.length) / 2));
  return bestDistance <= limit ? best : undefined;
}
