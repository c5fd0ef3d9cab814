import type { RecordMeetingOutcomeRequest } from '@serumpun/shared';
import { apiRequest } from '../../../lib/api-client';

/** `POST /api/meetings/:id/outcome`: held or no-show, and (participants) what came of it. */
export async function recordMeetingOutcome(meetingId: string, body: RecordMeetingOutcomeRequest): Promise<void> {
  await apiRequest<unknown>(`/api/meetings/${encodeURIComponent(meetingId)}/outcome`, { method: 'POST', body });
}
