import { matchListSchema, type MatchList } from '@serumpun/shared';
import { apiRequest } from '../../../lib/api-client';
import { matchPageQuery } from './match-page-query';

/** `GET /api/opportunities/:id/matches` (the owner or an organiser): investors ranked for one opportunity. */
export function listOpportunityMatches(opportunityId: string, cursor: string | undefined, signal?: AbortSignal): Promise<MatchList> {
  return apiRequest(`/api/opportunities/${encodeURIComponent(opportunityId)}/matches?${matchPageQuery(cursor)}`, { signal, schema: matchListSchema });
}
