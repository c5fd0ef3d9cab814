import { opportunitySchema, type Opportunity } from '@serumpun/shared';
import { apiRequest } from '../../../lib/api-client';

export function getOpportunity(id: string, signal?: AbortSignal): Promise<Opportunity> {
  return apiRequest(`/api/opportunities/${encodeURIComponent(id)}`, { schema: opportunitySchema, signal });
}
