import { apiRequest } from '../../../lib/api-client';

/** `DELETE /api/matches/dismissed/:targetId` → 204: the match comes back. */
export function undoDismissMatch(targetId: string): Promise<void> {
  return apiRequest(`/api/matches/dismissed/${encodeURIComponent(targetId)}`, { method: 'DELETE' });
}
