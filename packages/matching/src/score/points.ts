// Scores are integers, and so are the points of each reason, which must add up to the score exactly: a
// participant who adds the points shown must get the score shown. Largest-remainder rounding does that.

/** Float sums such as 62.49999999999999 stand for 62.5; without this nudge they would round the wrong way. */
const EPSILON = 1e-9;

/** The integer score 0..100 of a pair from its credits and the point factors of the weights. */
export function scoreOf(credits: Float64Array, factors: Float64Array): number {
  let raw = 0;
  for (let criterion = 0; criterion < factors.length; criterion++) raw += factors[criterion] * credits[criterion];
  return Math.min(100, Math.max(0, Math.round(raw + EPSILON)));
}

/**
 * Splits an integer total over exact shares: each share gets its floor, then the shares with the largest
 * remainders get one more until the total is reached (ties: the larger share, then the earlier one). A
 * share of zero never receives a point. `total` is expected to be the rounded sum of the shares.
 */
export function apportion(exact: readonly number[], total: number): number[] {
  const points = exact.map((share) => Math.max(0, Math.floor(share + EPSILON)));
  const order = exact
    .map((share, index) => ({ index, share, remainder: Math.max(0, share - points[index]) }))
    .filter((entry) => entry.share > 0)
    .sort((a, b) => b.remainder - a.remainder || b.share - a.share || a.index - b.index);
  let missing = total - points.reduce((sum, value) => sum + value, 0);
  // With total = round(sum of shares) at most one point per positive share is missing, and none is extra;
  // the loops below keep the sum exact even for a caller who passes another total.
  for (let i = 0; missing > 0 && order.length > 0; i = (i + 1) % order.length, missing--) points[order[i].index]++;
  for (let i = order.length - 1; missing < 0 && i >= 0; i--) {
    const take = Math.min(points[order[i].index], -missing);
    points[order[i].index] -= take;
    missing += take;
  }
  return points;
}
