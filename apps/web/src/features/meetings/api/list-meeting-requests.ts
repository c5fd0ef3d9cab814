import { meetingRequestSchema, type ListMeetingRequestsQuery, type MeetingRequest } from '@serumpun/shared';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';

const pageSchema = z.object({ items: z.array(meetingRequestSchema), nextCursor: z.string().nullable() });

export type MeetingRequestFilters = Partial<Pick<ListMeetingRequestsQuery, 'edition' | 'direction' | 'status'>>;

/** `GET /api/meeting-requests`: every page of the caller's requests (an organiser's: the edition's). */
export async function listMeetingRequests(filters: MeetingRequestFilters, signal?: AbortSignal): Promise<MeetingRequest[]> {
  const items: MeetingRequest[] = [];
  let cursor: string | null = null;
  do {
    const params = new URLSearchParams({ limit: '100' });
    for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
    if (cursor) params.set('cursor', cursor);
    const page = await apiRequest(`/api/meeting-requests?${params}`, { signal, schema: pageSchema });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}
