import { matchListSchema, type MatchList } from '@serumpun/shared';
import { apiRequest } from '../../../lib/api-client';
import { matchPageQuery } from './match-page-query';

/** `GET /api/matches/saved`: the matches the caller kept for later. */
export function listSavedMatches(cursor: string | undefined, signal?: AbortSignal): Promise<MatchList> {
  return apiRequest(`/api/matches/saved?${matchPageQuery(cursor)}`, { signal, schema: matchListSchema });
}
