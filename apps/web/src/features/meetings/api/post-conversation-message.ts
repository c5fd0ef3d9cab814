import { conversationMessageSchema, type ConversationMessage, type PostConversationMessage } from '@serumpun/shared';
import { apiRequest } from '../../../lib/api-client';

/** `POST /api/meeting-requests/:id/messages`: one message to the other participant. */
export function postConversationMessage(requestId: string, body: PostConversationMessage): Promise<ConversationMessage> {
  return apiRequest(`/api/meeting-requests/${encodeURIComponent(requestId)}/messages`, { method: 'POST', body, schema: conversationMessageSchema });
}
