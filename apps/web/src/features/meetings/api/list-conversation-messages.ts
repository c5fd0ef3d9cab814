import { conversationMessageSchema, type ConversationMessage } from '@serumpun/shared';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';

const pageSchema = z.object({ items: z.array(conversationMessageSchema), nextCursor: z.string().nullable() });

/** `GET /api/meeting-requests/:id/messages`: the whole (short, rate-limited) thread, oldest first. */
export async function listConversationMessages(requestId: string, signal?: AbortSignal): Promise<ConversationMessage[]> {
  const items: ConversationMessage[] = [];
  let cursor: string | null = null;
  do {
    const params = new URLSearchParams({ limit: '100' });
    if (cursor) params.set('cursor', cursor);
    const page = await apiRequest(`/api/meeting-requests/${encodeURIComponent(requestId)}/messages?${params}`, { signal, schema: pageSchema });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}
