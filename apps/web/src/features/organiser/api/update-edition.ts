import { editionSchema, type Edition, type UpdateEditionRequest } from '@serumpun/shared';
import { apiRequest } from '../../../lib/api-client';

/** `PATCH /api/editions/:id` (organiser): a change that would take booked meetings' places is a 409 unless `force`. */
export function updateEdition(editionId: string, body: UpdateEditionRequest): Promise<Edition> {
  return apiRequest(`/api/editions/${encodeURIComponent(editionId)}`, { method: 'PATCH', body, schema: editionSchema });
}
