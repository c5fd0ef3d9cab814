import { availabilitySchema, type Availability } from '@serumpun/shared';
import { apiRequest } from '../../../lib/api-client';

/** `GET /api/editions/:id/availability`: the slots the caller marked as "cannot attend". */
export function getAvailability(editionId: string, signal?: AbortSignal): Promise<Availability> {
  return apiRequest(`/api/editions/${encodeURIComponent(editionId)}/availability`, { signal, schema: availabilitySchema });
}
