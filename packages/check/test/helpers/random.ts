/**
 * A small deterministic source of whole numbers for the random-input tests: the same seed gives
 * the same inputs on every run, so a failure names a case that can be run again.
 */
export function seededIntegers(seed: number): (below: number) => number {
  let state = seed >>> 0;
  return (below) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 8) % below;
  };
}
