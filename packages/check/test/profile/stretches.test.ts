import { afterEach, expect, test, vi } from 'vitest';
import { Stretches } from '../../src/profile/index.js';

let now = 0;
afterEach(() => vi.restoreAllMocks());
const at = (milliseconds: number) => {
  now = milliseconds;
};

test('a phase counts its own stretches: a wait and other work starting here end them', async () => {
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  const stretches = new Stretches();
  const timings: Record<string, number> = {};
  at(0);
  const spelling = stretches.start(timings, 'spelling');
  at(10);
  let answer!: (value: string) => void;
  const waited = stretches.waitFor(new Promise<string>((resolve) => (answer = resolve)));
  at(50);
  // Another file parses meanwhile.
  stretches.time(timings, 'parse', () => at(80));
  answer('verdicts');
  expect(await waited).toBe('verdicts');
  // The spelling phase resumed when its answer came, at 80.
  at(95);
  const style = stretches.start(timings, 'style');
  at(100);
  style.end();
  spelling.end();
  expect(timings).toEqual({ spelling: 10 + 15, parse: 30, style: 5 });
});
