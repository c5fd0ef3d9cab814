import { businessProfileSchema, type BusinessProfile } from '@serumpun/shared';
import { apiRequest } from '../../../lib/api-client';

export function getBusiness(id: string, signal?: AbortSignal): Promise<BusinessProfile> {
  return apiRequest(`/api/businesses/${encodeURIComponent(id)}`, { schema: businessProfileSchema, signal });
}
