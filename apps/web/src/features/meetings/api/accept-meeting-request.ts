import { acceptMeetingRequestResultSchema, type AcceptMeetingRequestRequest, type AcceptMeetingRequestResult } from '@serumpun/shared';
import { apiRequest } from '../../../lib/api-client';

/** `POST /api/meeting-requests/:id/accept`: with a slot it books the meeting; without, the organisers place it. */
export function acceptMeetingRequest(requestId: string, body: AcceptMeetingRequestRequest): Promise<AcceptMeetingRequestResult> {
  return apiRequest(`/api/meeting-requests/${encodeURIComponent(requestId)}/accept`, { method: 'POST', body, schema: acceptMeetingRequestResultSchema });
}
