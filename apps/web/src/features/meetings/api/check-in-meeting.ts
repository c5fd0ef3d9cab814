import { apiRequest } from '../../../lib/api-client';

/** `POST /api/meetings/:id/check-in`: the pair has arrived at the table. */
export async function checkInMeeting(meetingId: string): Promise<void> {
  await apiRequest<unknown>(`/api/meetings/${encodeURIComponent(meetingId)}/check-in`, { method: 'POST', body: {} });
}
