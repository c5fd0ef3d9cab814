import type { ScoreOptions } from '../score/match-context.js';

export interface RankOptions extends Omit<ScoreOptions, 'viewer'> {
  /** How many items to return, best first. Default 20 (the API's page size); Infinity for all. */
  readonly limit?: number;
  /** Items scoring below this are left out. Default 1: a score of 0 gives no reason to look. */
  readonly minScore?: number;
}

export const DEFAULT_MIN_SCORE = 1;
