import type { DeclineMeetingRequestRequest } from '@serumpun/shared';
import { apiRequest } from '../../../lib/api-client';

/** `POST /api/meeting-requests/:id/decline` (the recipient), with an optional reason. */
export async function declineMeetingRequest(requestId: string, body: DeclineMeetingRequestRequest): Promise<void> {
  await apiRequest<unknown>(`/api/meeting-requests/${encodeURIComponent(requestId)}/decline`, { method: 'POST', body });
}
