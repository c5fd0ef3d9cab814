import { MATCH_WEIGHT_CRITERIA, type MatchWeightsDto } from '@serumpun/shared';

export type Criterion = (typeof MATCH_WEIGHT_CRITERIA)[number];
/** The weights as typed: one text per criterion. */
export type WeightsDraft = Record<Criterion, string>;

export type WeightsCheck =
  | { ok: true; weights: MatchWeightsDto }
  | { ok: false; invalid: Criterion[]; allZero: boolean };

export function draftOf(weights: MatchWeightsDto): WeightsDraft {
  return Object.fromEntries(MATCH_WEIGHT_CRITERIA.map((criterion) => [criterion, String(weights[criterion])])) as WeightsDraft;
}

const WHOLE_NUMBER = /^\d{1,3}$/;

/** The rules of `matchWeightsDtoSchema`, said per field: whole numbers 0..100, not all zero. */
export function checkWeights(draft: WeightsDraft): WeightsCheck {
  const invalid = MATCH_WEIGHT_CRITERIA.filter((criterion) => {
    const text = draft[criterion].trim();
    return !WHOLE_NUMBER.test(text) || Number(text) > 100;
  });
  if (invalid.length > 0) return { ok: false, invalid, allZero: false };
  const weights = Object.fromEntries(MATCH_WEIGHT_CRITERIA.map((criterion) => [criterion, Number(draft[criterion].trim())])) as MatchWeightsDto;
  if (MATCH_WEIGHT_CRITERIA.every((criterion) => weights[criterion] === 0)) return { ok: false, invalid: [], allZero: true };
  return { ok: true, weights };
}

/** Each criterion's share of a score (weights are relative), in whole percent; null while the draft is invalid. */
export function sharesOf(draft: WeightsDraft): Record<Criterion, number> | null {
  const check = checkWeights(draft);
  if (!check.ok) return null;
  const total = MATCH_WEIGHT_CRITERIA.reduce((sum, criterion) => sum + check.weights[criterion], 0);
  return Object.fromEntries(MATCH_WEIGHT_CRITERIA.map((criterion) => [criterion, Math.round((100 * check.weights[criterion]) / total)])) as Record<Criterion, number>;
}
