import { distance } from 'fastest-levenshtein';
import { expect, test } from 'vitest';
import { nearest } from '../../src/links/suggest.js';

/** The exhaustive search `nearest` narrows for long lists: every candidate compared. */
function nearestByFullScan(written: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of new Set(candidates)) {
    const current = distance(written.toLowerCase(), candidate.toLowerCase());
    if (current < bestDistance) {
      best = candidate;
      bestDistance = current;
    }
  }
  if (best === undefined || best === written) return undefined;
  return bestDistance <= Math.max(2, Math.floor(Math.max(written.length, best.length) / 2)) ? best : undefined;
}

/** A small seeded generator, so the case is the same on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const words = ['kafka', 'stream', 'partition', 'consumer', 'offset', 'broker', 'replica', 'schema', 'topic', 'event', 'socket', 'modern', 'invoice', 'editor', 'report', 'morning', 'notebook', 'customer', 'payment', 'container', 'release', 'library', 'packet', 'alert'];

function typo(text: string, next: () => number): string {
  const at = 8 + Math.floor(next() * (text.length - 10));
  switch (Math.floor(next() * 3)) {
    case 0:
      return text.slice(0, at) + text[at + 1] + text[at] + text.slice(at + 2);
    case 1:
      return text.slice(0, at) + text.slice(at + 1);
    default:
      return `${text.slice(0, at)}x${text.slice(at)}`;
  }
}

test('on a site of thousands of pages, a typo gets the suggestion a full comparison would give', () => {
  const next = random(7);
  const pick = () => words[Math.floor(next() * words.length)]!;
  const routes = Array.from({ length: 3000 }, (_, index) => `/posts/${pick()}-${pick()}-${pick()}-part-${index}/`);
  let suggested = 0;
  const differing: string[] = [];
  for (let round = 0; round < 300; round++) {
    const written = typo(routes[Math.floor(next() * routes.length)]!, next);
    const expected = nearestByFullScan(written, routes);
    if (nearest(written, routes) !== expected) differing.push(written);
    if (expected !== undefined) suggested++;
  }
  // The comparison means something only if most typos do get a suggestion.
  expect(suggested).toBeGreaterThan(250);
  // Narrowing by trigrams may miss the nearest page, but rarely: at most 1 typo in 100 here.
  expect(differing.length, differing.join('\n')).toBeLessThanOrEqual(3);
});

test('a short list is compared in full: the nearest entry, or none when nothing is near', () => {
  const ids = ['setup-the-short-way', 'dont-panic', 'footnote-label'];
  expect(nearest('setup-the-short-way-', ids)).toBe('setup-the-short-way');
  expect(nearest('completely-different', ids)).toBeUndefined();
  expect(nearest('Dont-Panic', ids)).toBe('dont-panic');
});
