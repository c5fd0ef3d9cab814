import { slotSchema, type Slot } from '@serumpun/shared';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';

const slotsSchema = z.array(slotSchema);

/** `GET /api/editions/:id/slots`: every meeting slot, in time order, with the venue's offset. */
export function listSlots(editionId: string, signal?: AbortSignal): Promise<Slot[]> {
  return apiRequest(`/api/editions/${encodeURIComponent(editionId)}/slots`, { signal, schema: slotsSchema });
}
