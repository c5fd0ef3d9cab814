import { availabilitySchema, type Availability, type UpdateAvailabilityRequest } from '@serumpun/shared';
import { apiRequest } from '../../../lib/api-client';

/** `PUT /api/editions/:id/availability`: replaces the caller's list of slots they cannot attend. */
export function updateAvailability(editionId: string, body: UpdateAvailabilityRequest): Promise<Availability> {
  return apiRequest(`/api/editions/${encodeURIComponent(editionId)}/availability`, { method: 'PUT', body, schema: availabilitySchema });
}
