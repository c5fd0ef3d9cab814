import { apiRequest } from '../../../lib/api-client';

/** `POST /api/matches/dismiss { targetId }` → 204: an opportunity id (investor) or an investor's user id (business). */
export function dismissMatch(targetId: string): Promise<void> {
  return apiRequest('/api/matches/dismiss', { method: 'POST', body: { targetId } });
}
