import type { RescheduleMeetingRequest } from '@serumpun/shared';
import { apiRequest } from '../../../lib/api-client';

/** `POST /api/meetings/:id/reschedule` → 200, or 409 when the slot or table is no longer free. */
export async function rescheduleMeeting(meetingId: string, body: RescheduleMeetingRequest): Promise<void> {
  await apiRequest<unknown>(`/api/meetings/${encodeURIComponent(meetingId)}/reschedule`, { method: 'POST', body });
}
