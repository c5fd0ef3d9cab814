import { apiRequest } from '../../../lib/api-client';

/** `POST /api/matches/save { targetId }` → 204. */
export function saveMatch(targetId: string): Promise<void> {
  return apiRequest('/api/matches/save', { method: 'POST', body: { targetId } });
}
