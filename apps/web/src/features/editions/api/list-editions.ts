import { apiRequest } from '../../../lib/api-client';
import type { Edition, Page } from '@serumpun/shared';

export function listEditions(signal?: AbortSignal): Promise<Page<Edition>> {
  // The series has a handful of editions a year: one page of the maximum size holds them all.
  return apiRequest('/api/editions?limit=100', { signal });
}
