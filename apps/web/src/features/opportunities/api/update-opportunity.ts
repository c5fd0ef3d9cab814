import { opportunitySchema, type Opportunity, type UpdateOpportunityRequest } from '@serumpun/shared';
import { apiRequest } from '../../../lib/api-client';

export function updateOpportunity(id: string, patch: UpdateOpportunityRequest): Promise<Opportunity> {
  return apiRequest(`/api/opportunities/${encodeURIComponent(id)}`, { method: 'PATCH', body: patch, schema: opportunitySchema });
}
