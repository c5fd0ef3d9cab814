import type { ConversationMessage } from '@serumpun/shared';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRealtimeStatus } from '../../realtime/realtime-context';
import { listConversationMessages } from '../api/list-conversation-messages';
import { conversationKey, withMessage } from '../conversation-queries';

// Without the socket (venue Wi-Fi down, or the server refusing it), the thread is asked for again this often.
const POLL_MS = 20_000;

/** A request's thread; while connected, new messages are appended from the socket instead of polled. */
export function useConversation(requestId: string) {
  const live = useRealtimeStatus() === 'connected';
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: conversationKey(requestId),
    queryFn: async ({ signal }) => {
      const fetched = await listConversationMessages(requestId, signal);
      // Messages are never edited or removed: keep any pushed while this read was on its way.
      const current = queryClient.getQueryData<ConversationMessage[]>(conversationKey(requestId)) ?? [];
      return [...fetched, ...current].reduce(withMessage, []);
    },
    staleTime: live ? Infinity : 0,
    refetchInterval: live ? false : POLL_MS,
  });
}
