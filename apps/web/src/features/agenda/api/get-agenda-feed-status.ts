import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';

// `GET /api/me/agenda-feed` is not in @serumpun/shared yet (the controller declares this shape
// inline); kept to exactly the controller's type until the schema moves there.
const agendaFeedStatusSchema = z.object({ active: z.boolean(), createdAt: z.string().nullable() });
export type AgendaFeedStatus = z.infer<typeof agendaFeedStatusSchema>;

/** Whether the caller has a subscribable calendar address (the address itself is shown only once). */
export function getAgendaFeedStatus(signal?: AbortSignal): Promise<AgendaFeedStatus> {
  return apiRequest('/api/me/agenda-feed', { signal, schema: agendaFeedStatusSchema });
}
