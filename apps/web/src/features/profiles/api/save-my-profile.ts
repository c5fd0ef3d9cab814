import { profileSchema, type BusinessProfileInput, type InvestorProfileInput, type Profile } from '@serumpun/shared';
import { apiRequest } from '../../../lib/api-client';

export function saveMyProfile(profile: InvestorProfileInput | BusinessProfileInput): Promise<Profile> {
  return apiRequest('/api/me/profile', { method: 'PUT', body: profile, schema: profileSchema });
}
