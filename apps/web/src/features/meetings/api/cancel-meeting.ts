import type { CancelMeetingRequest } from '@serumpun/shared';
import { apiRequest } from '../../../lib/api-client';

/** `POST /api/meetings/:id/cancel`: frees the slot and table. */
export async function cancelMeeting(meetingId: string, body: CancelMeetingRequest = {}): Promise<void> {
  await apiRequest<unknown>(`/api/meetings/${encodeURIComponent(meetingId)}/cancel`, { method: 'POST', body });
}
