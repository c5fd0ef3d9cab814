import { agendaFeedSchema, type AgendaFeed } from '@serumpun/shared';
import { apiRequest } from '../../../lib/api-client';

/** `POST /api/me/agenda-feed`: a new subscribable calendar address; the previous one stops working. */
export function createAgendaFeed(): Promise<AgendaFeed> {
  return apiRequest('/api/me/agenda-feed', { method: 'POST', body: {}, schema: agendaFeedSchema });
}
