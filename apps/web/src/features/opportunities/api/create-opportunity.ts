import { opportunitySchema, type CreateOpportunityRequest, type Opportunity } from '@serumpun/shared';
import { apiRequest } from '../../../lib/api-client';

export function createOpportunity(request: CreateOpportunityRequest): Promise<Opportunity> {
  return apiRequest('/api/opportunities', { method: 'POST', body: request, schema: opportunitySchema });
}
