import { useQuery } from '@tanstack/react-query';
import { useRealtimeStatus } from '../../realtime/realtime-context';
import { listConversationMessages } from '../api/list-conversation-messages';
import { conversationKey, withMessage } from '../conversation-queries';

// Without the socket (venue Wi-Fi down, or the server refusing it), the thread is asked for again this often.
const POLL_MS = 20_000;

/** A request's thread; while connected, new messages are appended from the socket instead of polled. */
export function useConversation(requestId: string) {
  const live = useRealtimeStatus() === 'connected';
  return useQuery({
    queryKey: conversationKey(requestId),
    queryFn: async ({ signal }) => (await listConversationMessages(requestId, signal)).reduce(withMessage, []),
    staleTime: live ? Infinity : 0,
    refetchInterval: live ? false : POLL_MS,
  });
}
