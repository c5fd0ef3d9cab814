import { opportunitySchema, type Opportunity } from '@serumpun/shared';
import { apiRequest } from '../../../lib/api-client';

/** `GET /api/opportunities/:id`: requests, meetings and the agenda refer to an opportunity by id. */
export function getOpportunity(id: string, signal?: AbortSignal): Promise<Opportunity> {
  return apiRequest(`/api/opportunities/${encodeURIComponent(id)}`, { signal, schema: opportunitySchema });
}
