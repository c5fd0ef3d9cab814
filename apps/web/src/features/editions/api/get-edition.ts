import { apiRequest } from '../../../lib/api-client';
import type { Edition } from '@serumpun/shared';

export function getEdition(id: string, signal?: AbortSignal): Promise<Edition> {
  return apiRequest(`/api/editions/${encodeURIComponent(id)}`, { signal });
}
