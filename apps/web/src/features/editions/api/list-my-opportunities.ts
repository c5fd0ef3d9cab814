import { opportunitySearchResultSchema, type OpportunitySearchItem } from '@serumpun/shared';
import { apiRequest } from '../../../lib/api-client';

/** The caller's own published opportunities: what a business can showcase at an edition. */
export async function listMyPublishedOpportunities(signal?: AbortSignal): Promise<OpportunitySearchItem[]> {
  const page = await apiRequest('/api/opportunities?mine=true&status=published&sort=newest&limit=100', { signal, schema: opportunitySearchResultSchema });
  return page.items;
}
