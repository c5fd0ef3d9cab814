import { MATCH_WEIGHT_CRITERIA, type MatchWeightsDto } from '@serumpun/shared';
import { z } from 'zod';

/**
 * The weights as the API answers them, read leniently (an extra field such as an update time is
 * dropped). What is sent is checked by the form with the shared rules and by the API with
 * `matchWeightsDtoSchema`.
 */
export const weightsAnswerSchema = z.object(
  Object.fromEntries(MATCH_WEIGHT_CRITERIA.map((criterion) => [criterion, z.number()])) as Record<keyof MatchWeightsDto, z.ZodNumber>,
);
