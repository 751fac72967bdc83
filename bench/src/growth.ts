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
