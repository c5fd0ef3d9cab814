import { meetingSchema, type Meeting } from '@serumpun/shared';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';

const pageSchema = z.object({ items: z.array(meetingSchema), nextCursor: z.string().nullable() });

/** `GET /api/editions/:id/meetings`: an organiser gets all of them, a participant their own; every page. */
export async function listEditionMeetings(editionId: string, signal?: AbortSignal): Promise<Meeting[]> {
  const items: Meeting[] = [];
  let cursor: string | null = null;
  do {
    const params = new URLSearchParams({ limit: '100' });
    if (cursor) params.set('cursor', cursor);
    const page = await apiRequest(`/api/editions/${encodeURIComponent(editionId)}/meetings?${params}`, { signal, schema: pageSchema });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}
