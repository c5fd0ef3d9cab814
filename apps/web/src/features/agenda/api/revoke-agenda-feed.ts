import { apiRequest } from '../../../lib/api-client';

/** `DELETE /api/me/agenda-feed`: the calendar address stops working. */
export async function revokeAgendaFeed(): Promise<void> {
  await apiRequest<unknown>('/api/me/agenda-feed', { method: 'DELETE' });
}
