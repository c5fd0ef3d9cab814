import { profileSchema, type Profile } from '@serumpun/shared';
import { ApiRequestError, apiRequest } from '../../../lib/api-client';

/** The caller's profile, or null when they have not filled one in yet (the API's 404). */
export async function getMyProfile(signal?: AbortSignal): Promise<Profile | null> {
  try {
    return await apiRequest('/api/me/profile', { schema: profileSchema, signal });
  } catch (error) {
    if (error instanceof ApiRequestError && error.status === 404) return null;
    throw error;
  }
}
