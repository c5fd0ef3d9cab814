import type { MatchResult } from '../types.js';

const EPSILON = 1e-9;

/** The harmonic mean of two scores 0..100, rounded; inputs are trusted (used in the hot loop). */
export function harmonicScore(a: number, b: number): number {
  return a + b === 0 ? 0 : Math.round((2 * a * b) / (a + b) + EPSILON);
}

/**
 * Fuses the two directions of a pair (the investor's view and the business's view) into one score 0..100.
 * The harmonic mean rewards pairs that suit both sides: 90 and 30 make 45, while 60 and 60 make 60. It is
 * symmetric, lies between the two scores, and is 0 as soon as either side has no reason to meet.
 */
export function mutualScore(a: number | MatchResult, b: number | MatchResult): number {
  const x = typeof a === 'number' ? a : a.score;
  const y = typeof b === 'number' ? b : b.score;
  for (const value of [x, y]) {
    if (!(value >= 0 && value <= 100)) throw new RangeError(`A score must be between 0 and 100: ${value}`);
  }
  return harmonicScore(x, y);
}
