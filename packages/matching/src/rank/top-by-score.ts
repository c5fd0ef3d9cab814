import { compareIds } from '../compile/compare-ids.js';

export interface ScoredEntry {
  readonly score: number;
  readonly id: string;
}

/**
 * The best `limit` entries by score (integers 0..100) descending, ties by id ascending. A bucket per score
 * value makes it linear in the number of entries, so ranking 100,000 items costs no full sort.
 */
export function topByScore<Entry extends ScoredEntry>(entries: readonly Entry[], limit: number): Entry[] {
  const buckets: Entry[][] = Array.from({ length: 101 }, () => []);
  for (const entry of entries) buckets[entry.score].push(entry);
  const top: Entry[] = [];
  for (let score = 100; score >= 0 && top.length < limit; score--) {
    const bucket = buckets[score];
    if (bucket.length === 0) continue;
    bucket.sort((a, b) => compareIds(a.id, b.id));
    for (const entry of bucket) {
      if (top.length >= limit) break;
      top.push(entry);
    }
  }
  return top;
}

export const DEFAULT_RANK_LIMIT = 20;

/** A limit option as a count: a positive integer, or everything for Infinity. */
export function resolveLimit(limit: number | undefined, fallback: number): number {
  const resolved = limit ?? fallback;
  if (!(resolved >= 0) || (Number.isFinite(resolved) && !Number.isInteger(resolved))) throw new RangeError(`Invalid limit: ${limit}`);
  return resolved;
}
