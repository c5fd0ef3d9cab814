import { apiRequest } from '../../../lib/api-client';

/** `DELETE /api/matches/saved/:targetId` → 204. */
export function unsaveMatch(targetId: string): Promise<void> {
  return apiRequest(`/api/matches/saved/${encodeURIComponent(targetId)}`, { method: 'DELETE' });
}
