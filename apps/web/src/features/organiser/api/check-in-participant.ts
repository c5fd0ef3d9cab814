import { registrationSchema, type Registration } from '@serumpun/shared';
import { apiRequest } from '../../../lib/api-client';

/** `POST /api/editions/:id/participants/:userId/check-in` (organiser, at the door). */
export function checkInParticipant(editionId: string, userId: string): Promise<Registration> {
  return apiRequest(`/api/editions/${encodeURIComponent(editionId)}/participants/${encodeURIComponent(userId)}/check-in`, {
    method: 'POST',
    schema: registrationSchema,
  });
}
