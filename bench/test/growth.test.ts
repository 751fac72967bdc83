import { expect, it } from 'vitest';
import { costLine } from '../src/growth.ts';

it('splits the times of three sizes into what every run pays and what each post adds', () => {
  // 2 s of start-up and 6 ms a post, as 500, 2,000 and 8,000 posts would take.
  const line = costLine([
    { posts: 500, seconds: 2 + 500 * 0.006 },
    { posts: 2000, seconds: 2 + 2000 * 0.006 },
    { posts: 8000, seconds: 2 + 8000 * 0.006 },
  ]);
  expect(line?.fixedSeconds).toBeCloseTo(2, 9);
  expect(line?.secondsPerPost).toBeCloseTo(0.006, 12);
});

it('fits the line that misses the measured times least', () => {
  const line = costLine([
    { posts: 0, seconds: 1 },
    { posts: 10, seconds: 3 },
    { posts: 20, seconds: 3 },
  ]);
  // Through the means (10, 7/3) with slope 0.1: nearer every point than any other line.
  expect(line?.secondsPerPost).toBeCloseTo(0.1, 12);
  expect(line?.fixedSeconds).toBeCloseTo(4 / 3, 12);
});

it('gives no line for fewer than two sizes, nor for runs that were not measured', () => {
  expect(costLine([{ posts: 500, seconds: 6 }])).toBeUndefined();
  expect(costLine([{ posts: 500, seconds: 6 }, { posts: 500, seconds: 7 }])).toBeUndefined();
  expect(costLine([{ posts: 500, seconds: 6 }, { posts: 2000, seconds: Number.NaN }])).toBeUndefined();
});
