import { matchListSchema, type MatchList } from '@serumpun/shared';
import { apiRequest } from '../../../lib/api-client';
import { matchPageQuery } from './match-page-query';

/** `GET /api/matches`: ranked opportunities for an investor, ranked investors for a business. */
export function listMatches(cursor: string | undefined, signal?: AbortSignal): Promise<MatchList> {
  return apiRequest(`/api/matches?${matchPageQuery(cursor)}`, { signal, schema: matchListSchema });
}
