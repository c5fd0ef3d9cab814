import { compareDecimalStrings } from '@serumpun/shared';

/**
 * Dollar amounts in buckets for the facet counters of amount ranges (`opportunity_amount_facet_counts`):
 * bucket i (1-based, as PostgreSQL's `width_bucket`) holds amounts in [BOUNDS[i-1], BOUNDS[i]), bucket 0
 * those below US$1, the last those from US$100 billion. A 1-2-5 series: three buckets a decade.
 * The migration's `serumpun_amount_bucket` uses the same list; change both together.
 */
export const AMOUNT_BUCKET_BOUNDS: readonly string[] = Array.from({ length: 11 }, (_, decade) => ['1', '2', '5'].map((digit) => digit + '0'.repeat(decade)))
  .flat()
  .concat(['100000000000']);

/**
 * The buckets lying wholly inside [min, max] (`first`..`last`), and the parts of the range outside them
 * (`below`: [min, lower bound of `first`); `above`: [upper bound of `last`, max]), which are counted from
 * the rows. Null when no bucket fits inside the range.
 */
export function amountBucketsWithin(min: string | undefined, max: string | undefined): {
  first: number;
  last: number;
  below: { min: string; under: string } | null;
  above: { from: string; max: string } | null;
} | null {
  const lower = (bucket: number) => (bucket === 0 ? null : AMOUNT_BUCKET_BOUNDS[bucket - 1]);
  const upper = (bucket: number) => (bucket === AMOUNT_BUCKET_BOUNDS.length ? null : AMOUNT_BUCKET_BOUNDS[bucket]);
  const buckets = Array.from({ length: AMOUNT_BUCKET_BOUNDS.length + 1 }, (_, bucket) => bucket);
  const inside = buckets.filter((bucket) => {
    const from = lower(bucket);
    const to = upper(bucket);
    const aboveMin = !min || (from !== null ? compareDecimalStrings(from, min) >= 0 : compareDecimalStrings(min, '0') <= 0);
    const belowMax = !max || (to !== null && compareDecimalStrings(to, max) <= 0);
    return aboveMin && belowMax;
  });
  if (inside.length === 0) return null;
  const first = inside[0];
  const last = inside[inside.length - 1];
  const firstLower = lower(first);
  const lastUpper = upper(last);
  return {
    first,
    last,
    below: min && firstLower !== null && compareDecimalStrings(min, firstLower) < 0 ? { min, under: firstLower } : null,
    above: max && lastUpper !== null ? { from: lastUpper, max } : null,
  };
}
