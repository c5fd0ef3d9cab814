import { apiRequest } from '../../../lib/api-client';

/** `POST /api/meeting-requests/:id/cancel` (the sender, while it is pending). */
export async function cancelMeetingRequest(requestId: string): Promise<void> {
  await apiRequest<unknown>(`/api/meeting-requests/${encodeURIComponent(requestId)}/cancel`, { method: 'POST', body: {} });
}
