import { opportunitySearchResultSchema, type OpportunitySearchResult, type SearchOpportunitiesQuery } from '@serumpun/shared';
import { apiRequest } from '../../../lib/api-client';

export const OPPORTUNITY_PAGE_SIZE = 20;

export function searchOpportunities(query: SearchOpportunitiesQuery, signal?: AbortSignal): Promise<OpportunitySearchResult> {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(name, String(value));
  }
  return apiRequest(`/api/opportunities?${params}`, { schema: opportunitySearchResultSchema, signal });
}
