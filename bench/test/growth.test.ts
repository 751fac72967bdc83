import { expect, it } from 'vitest';
import { costLine, growthNotes, marginalCosts } from '../src/growth.ts';

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

it('gives the time each post adds between consecutive sizes, which a fixed cost does not change', () => {
  // 3 s whatever the size, then 6 ms for each of the first 500 posts, 7 ms up to 2,000, 8 ms up to 8,000.
  const steps = marginalCosts([
    { posts: 8000, seconds: 3 + 500 * 0.006 + 1500 * 0.007 + 6000 * 0.008 },
    { posts: 500, seconds: 3 + 500 * 0.006 },
    { posts: 2000, seconds: 3 + 500 * 0.006 + 1500 * 0.007 },
  ]);
  expect(steps.map((step) => [step.fromPosts, step.toPosts])).toEqual([
    [500, 2000],
    [2000, 8000],
  ]);
  expect(steps[0]!.secondsPerPost).toBeCloseTo(0.007, 12);
  expect(steps[1]!.secondsPerPost).toBeCloseTo(0.008, 12);
});

it('skips unmeasured sizes and repeated ones when it steps through the sizes', () => {
  const steps = marginalCosts([
    { posts: 500, seconds: 4 },
    { posts: 2000, seconds: Number.NaN },
    { posts: 8000, seconds: 52 },
    { posts: 8000, seconds: 52 },
  ]);
  expect(steps).toEqual([{ fromPosts: 500, toPosts: 8000, secondsPerPost: 48 / 7500 }]);
});

it("notes the line, the time each post adds, and the parse floor's own spread beside the growth ratio", () => {
  // 3 s whatever the size and 8 ms a post; the floor 1 s and 4 ms a post.
  const check = [500, 2000, 8000].map((posts) => ({ posts, seconds: 3 + posts * 0.008 }));
  const floor = [500, 2000, 8000].map((posts) => ({ posts, seconds: 1 + posts * 0.004 }));
  expect(growthNotes(check, floor)).toBe(
    '; a line through the sizes: 3.00 s whatever the size + 8.00 ms per post' +
      '; time each post adds from one size to the next: 500→2000: 8.00 ms, 2000→8000: 8.00 ms (max/min 1.00×)' +
      // 6 ms a post at 500 against 4.125 ms at 8,000.
      "; the parse floor's own time per post: max/min 1.45×",
  );
});

it('leaves out what it cannot show: fewer than three sizes, a step that took no more time, an unmeasured floor', () => {
  const two = [500, 2000].map((posts) => ({ posts, seconds: 3 + posts * 0.008 }));
  expect(growthNotes(two, [])).toBe('');
  const noisy = [
    { posts: 500, seconds: 10 },
    { posts: 2000, seconds: 9 },
    { posts: 8000, seconds: 60 },
  ];
  const floor = [
    { posts: 500, seconds: 3 },
    { posts: 2000, seconds: Number.NaN },
    { posts: 8000, seconds: 35 },
  ];
  const notes = growthNotes(noisy, floor);
  expect(notes).toMatch(/^; a line through the sizes: /);
  expect(notes).not.toContain('time each post adds');
  expect(notes).not.toContain('parse floor');
});
