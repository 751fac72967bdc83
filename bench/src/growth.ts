import { ratio } from './report.ts';

/** A run's time as a straight line through its sizes: what every run pays, and what each post adds. */
export interface CostLine {
  /** Seconds at zero posts: start-up and the other costs a run pays whatever its size. */
  fixedSeconds: number;
  /** Seconds each post adds. */
  secondsPerPost: number;
}

/**
 * The least-squares line through (posts, seconds) points. A cost that grows linearly fits it
 * closely whatever its fixed part; time per post alone mixes the two, as a fixed cost weighs more
 * on a small run. `undefined` for fewer than two distinct sizes.
 */
export function costLine(points: readonly { posts: number; seconds: number }[]): CostLine | undefined {
  const usable = points.filter((point) => Number.isFinite(point.posts) && Number.isFinite(point.seconds));
  if (new Set(usable.map((point) => point.posts)).size < 2) return undefined;
  const meanPosts = usable.reduce((sum, point) => sum + point.posts, 0) / usable.length;
  const meanSeconds = usable.reduce((sum, point) => sum + point.seconds, 0) / usable.length;
  let covariance = 0;
  let variance = 0;
  for (const point of usable) {
    covariance += (point.posts - meanPosts) * (point.seconds - meanSeconds);
    variance += (point.posts - meanPosts) ** 2;
  }
  const secondsPerPost = covariance / variance;
  return { fixedSeconds: meanSeconds - secondsPerPost * meanPosts, secondsPerPost };
}

/** What each post adds to a run's time between one measured size and the next. */
export interface MarginalCost {
  fromPosts: number;
  toPosts: number;
  secondsPerPost: number;
}

/**
 * The time each post adds between consecutive sizes: the slope of each step, which a fixed cost
 * leaves out entirely. Steps of a cost that grows linearly have about the same slope; one that
 * grows faster has steeper steps at the larger sizes. Sizes are taken in order; an unmeasured
 * point is skipped.
 */
export function marginalCosts(points: readonly { posts: number; seconds: number }[]): MarginalCost[] {
  const usable = points.filter((point) => Number.isFinite(point.posts) && Number.isFinite(point.seconds)).sort((a, b) => a.posts - b.posts);
  const steps: MarginalCost[] = [];
  for (let index = 1; index < usable.length; index++) {
    const from = usable[index - 1]!;
    const to = usable[index]!;
    if (to.posts === from.posts) continue;
    steps.push({ fromPosts: from.posts, toPosts: to.posts, secondsPerPost: (to.seconds - from.seconds) / (to.posts - from.posts) });
  }
  return steps;
}

const milliseconds = (seconds: number) => `${(seconds * 1000).toFixed(2)} ms`;

/**
 * What the linear-growth row shows beside its ratio, for the full check's times at each size and
 * the parse floor's: the line through the sizes, the time each post adds from one size to the
 * next, and the spread of the floor's own time per post. Each part needs three measured sizes,
 * and the steps need every one of them to add time: a step that took less time is noise, not a cost.
 */
export function growthNotes(check: readonly { posts: number; seconds: number }[], floor: readonly { posts: number; seconds: number }[]): string {
  const measured = check.filter((point) => Number.isFinite(point.seconds));
  const notes: string[] = [];
  const line = costLine(measured);
  if (line && measured.length >= 3) notes.push(`a line through the sizes: ${line.fixedSeconds.toFixed(2)} s whatever the size + ${milliseconds(line.secondsPerPost)} per post`);
  const steps = marginalCosts(measured);
  const slopes = steps.map((step) => step.secondsPerPost);
  if (steps.length >= 2 && slopes.every((slope) => slope > 0)) {
    const listed = steps.map((step) => `${step.fromPosts}→${step.toPosts}: ${milliseconds(step.secondsPerPost)}`).join(', ');
    notes.push(`time each post adds from one size to the next: ${listed} (max/min ${ratio(Math.max(...slopes) / Math.min(...slopes))})`);
  }
  const floorPerPost = floor.filter((point) => Number.isFinite(point.seconds)).map((point) => point.seconds / point.posts);
  if (floorPerPost.length >= 3) notes.push(`the parse floor's own time per post: max/min ${ratio(Math.max(...floorPerPost) / Math.min(...floorPerPost))}`);
  return notes.map((note) => `; ${note}`).join('');
}
