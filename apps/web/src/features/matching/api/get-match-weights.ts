import type { MatchWeightsDto } from '@serumpun/shared';
import { apiRequest } from '../../../lib/api-client';
import { weightsAnswerSchema } from './weights-answer';

/** `GET /api/matching/weights` (organiser). */
export function getMatchWeights(signal?: AbortSignal): Promise<MatchWeightsDto> {
  return apiRequest('/api/matching/weights', { signal, schema: weightsAnswerSchema });
}
