import type { ConversationMessage } from '@serumpun/shared';
import type { QueryClient } from '@tanstack/react-query';

/** Not under `meeting-requests`: refreshing the inbox must not reload every open thread. */
export const conversationKey = (requestId: string) => ['conversations', requestId] as const;

function inOrder(a: ConversationMessage, b: ConversationMessage): number {
  return a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}

/** The thread with this message in it, once, in time order (it may come both as the POST's answer and pushed). */
export function withMessage(thread: readonly ConversationMessage[], message: ConversationMessage): ConversationMessage[] {
  if (thread.some((item) => item.id === message.id)) return [...thread];
  return [...thread, message].sort(inOrder);
}

/** Adds a message to a thread someone has loaded; threads nobody opened are fetched when opened. */
export function appendConversationMessage(queryClient: QueryClient, message: ConversationMessage): void {
  const key = conversationKey(message.requestId);
  const thread = queryClient.getQueryData<ConversationMessage[]>(key);
  if (thread && !thread.some((item) => item.id === message.id)) queryClient.setQueryData(key, withMessage(thread, message));
}
