import { z } from 'zod';

/** The criteria of a match, in the order reasons are listed when their points tie. */
export const MATCH_CRITERIA = ['sector', 'region', 'ticket', 'instrument', 'stage', 'language', 'sustainability'] as const;
export type MatchCriterion = (typeof MATCH_CRITERIA)[number];

/** How much each criterion counts. Weights are relative: a score is the weighted share of the total, times 100. */
export type MatchWeights = Record<MatchCriterion, number>;

/** The weights in code; they add up to 100 so that each reads as "points out of 100". */
export const DEFAULT_MATCH_WEIGHTS: Readonly<MatchWeights> = Object.freeze({
  sector: 30,
  region: 20,
  ticket: 20,
  instrument: 10,
  stage: 10,
  language: 5,
  sustainability: 5,
});

/** How far the partial tiers and "not stated" count, as a share of a criterion's weight. */
export const MATCH_CREDITS = Object.freeze({
  /** Same ISIC section, different division (or an interest stated only as a section). */
  sameSection: 0.5,
  /** The opportunity's region is on the same island as a region of interest (Borneo across three countries). */
  sameIsland: 0.6,
  /** Same country as a region of interest, different island. */
  sameCountry: 0.3,
  /** Either side left the criterion blank: we cannot tell, so it neither rewards nor punishes fully. */
  notStated: 0.5,
  /** Outside the ticket range, credit falls linearly with the log10 distance and is gone at this many decades. */
  ticketDecadesToZero: 1,
});

const weightSchema = z.number().int().min(0).max(100);

const weightShape = {
  sector: weightSchema,
  region: weightSchema,
  ticket: weightSchema,
  instrument: weightSchema,
  stage: weightSchema,
  language: weightSchema,
  sustainability: weightSchema,
} satisfies Record<MatchCriterion, typeof weightSchema>;

function hasPositiveTotal(weights: Partial<MatchWeights>): boolean {
  return MATCH_CRITERIA.reduce((sum, criterion) => sum + (weights[criterion] ?? 0), 0) > 0;
}

const ALL_ZERO_MESSAGE = 'at least one weight must be above zero';

/** A complete set of weights, as organisers save it: integers 0..100, not all zero. */
export const matchWeightsSchema = z.strictObject(weightShape).refine(hasPositiveTotal, { message: ALL_ZERO_MESSAGE });

/**
 * A change to some weights (PATCH). Validate the merged result with `resolveMatchWeights` or
 * `matchWeightsSchema`, since only the merge can tell whether every weight ended up zero.
 */
export const matchWeightsUpdateSchema = z.strictObject(weightShape).partial();
export type MatchWeightsUpdate = z.infer<typeof matchWeightsUpdateSchema>;

/**
 * Completes a partial set of weights with the defaults. Throws a RangeError for a negative or non-finite
 * weight or an all-zero total: a score over zero weight has no meaning, and a guess would hide the mistake.
 */
export function resolveMatchWeights(weights: Partial<MatchWeights> = {}): MatchWeights {
  const resolved = { ...DEFAULT_MATCH_WEIGHTS };
  for (const criterion of MATCH_CRITERIA) {
    const weight = weights[criterion];
    if (weight === undefined) continue;
    if (!Number.isFinite(weight) || weight < 0) throw new RangeError(`Invalid ${criterion} weight: ${weight}`);
    resolved[criterion] = weight;
  }
  if (!hasPositiveTotal(resolved)) throw new RangeError(`Invalid weights: ${ALL_ZERO_MESSAGE}`);
  return resolved;
}

/** Points per unit of credit for each criterion (in MATCH_CRITERIA order): 100 × weight / total weight. */
export function pointFactors(weights: MatchWeights): Float64Array {
  const total = MATCH_CRITERIA.reduce((sum, criterion) => sum + weights[criterion], 0);
  return Float64Array.from(MATCH_CRITERIA, (criterion) => (100 * weights[criterion]) / total);
}
