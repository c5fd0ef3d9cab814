import type { MatchWeightsDto } from '@serumpun/shared';
import { apiRequest } from '../../../lib/api-client';
import { weightsAnswerSchema } from './weights-answer';

/** `PUT /api/matching/weights` (organiser): the whole set. Answers the weights now in force (or 204: the ones sent). */
export async function updateMatchWeights(weights: MatchWeightsDto): Promise<MatchWeightsDto> {
  const saved = await apiRequest('/api/matching/weights', { method: 'PUT', body: weights, schema: weightsAnswerSchema.optional() });
  return saved ?? weights;
}
