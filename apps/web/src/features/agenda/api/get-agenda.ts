import { agendaSchema, type Agenda } from '@serumpun/shared';
import { apiRequest } from '../../../lib/api-client';

/** `GET /api/me/agenda?edition=`: the caller's meetings at an edition, day by day. */
export function getAgenda(editionId: string, signal?: AbortSignal): Promise<Agenda> {
  return apiRequest(`/api/me/agenda?edition=${encodeURIComponent(editionId)}`, { signal, schema: agendaSchema });
}
