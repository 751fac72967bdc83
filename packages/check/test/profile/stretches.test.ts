import { expect, test } from 'vitest';
import { Stretches } from '../../src/profile/index.js';

let now = 0;
const at = (milliseconds: number) => {
  now = milliseconds;
};

test('a phase counts its own stretches: a wait and other work starting here end them', async () => {
  const stretches = new Stretches(() => now);
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

test("a phase's time is its thread's CPU time: a thread that sleeps in it adds almost nothing", () => {
  const timings: Record<string, number> = {};
  // Blocks this thread for 300 ms without using the CPU, as a thread does while another holds the core.
  new Stretches().time(timings, 'parse', () => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300));
  expect(timings.parse).toBeLessThan(100);
});
