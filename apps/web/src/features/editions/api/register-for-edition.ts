import { registrationSchema, type CreateRegistrationRequest, type Registration } from '@serumpun/shared';
import { apiRequest } from '../../../lib/api-client';

/** `POST /api/editions/:id/registrations`: the caller registers themself (twice → 409). */
export function registerForEdition(editionId: string, body: CreateRegistrationRequest): Promise<Registration> {
  return apiRequest(`/api/editions/${encodeURIComponent(editionId)}/registrations`, { method: 'POST', body, schema: registrationSchema });
}
