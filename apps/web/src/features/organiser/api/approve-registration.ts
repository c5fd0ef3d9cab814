import { registrationSchema, type Registration } from '@serumpun/shared';
import { apiRequest } from '../../../lib/api-client';

/** `POST /api/editions/:id/registrations/:userId/approve` (organiser). */
export function approveRegistration(editionId: string, userId: string): Promise<Registration> {
  return apiRequest(`/api/editions/${encodeURIComponent(editionId)}/registrations/${encodeURIComponent(userId)}/approve`, {
    method: 'POST',
    schema: registrationSchema,
  });
}
