import { registrationSchema, type Registration } from '@serumpun/shared';
import { ApiRequestError, apiRequest } from '../../../lib/api-client';

/** `GET /api/editions/:id/registration`: the caller's own registration, or null when there is none. */
export async function getMyRegistration(editionId: string, signal?: AbortSignal): Promise<Registration | null> {
  try {
    return await apiRequest(`/api/editions/${encodeURIComponent(editionId)}/registration`, { signal, schema: registrationSchema });
  } catch (error) {
    if (error instanceof ApiRequestError && error.status === 404) return null;
    throw error;
  }
}
