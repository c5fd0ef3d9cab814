import type { ListParticipantsQuery, Page, Participant } from '@serumpun/shared';
import { apiRequest } from '../../../lib/api-client';

export type ParticipantFilters = Partial<Pick<ListParticipantsQuery, 'role' | 'sector' | 'country' | 'q' | 'status'>>;

/**
 * `GET /api/editions/:id/participants`. An edition has a few hundred participants at most, so the
 * directory asks for the largest page and follows the cursor until it has them all.
 */
export async function listParticipants(editionId: string, filters: ParticipantFilters, signal?: AbortSignal): Promise<Participant[]> {
  const items: Participant[] = [];
  let cursor: string | null = null;
  do {
    const params = new URLSearchParams({ limit: '100' });
    for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
    if (cursor) params.set('cursor', cursor);
    const page: Page<Participant> = await apiRequest(`/api/editions/${encodeURIComponent(editionId)}/participants?${params}`, { signal });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}
