import { meetingRequestSchema, type CreateMeetingRequestRequest } from '@serumpun/shared';
import { apiRequest } from '../../../lib/api-client';

const createdSchema = meetingRequestSchema.pick({ id: true, status: true });

/** `POST /api/editions/:id/meeting-requests` → `201 { id, status: "pending" }`. */
export function createMeetingRequest(editionId: string, body: CreateMeetingRequestRequest) {
  return apiRequest(`/api/editions/${encodeURIComponent(editionId)}/meeting-requests`, { method: 'POST', body, schema: createdSchema });
}
