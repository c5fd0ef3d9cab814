import type { ConversationMessage } from '@serumpun/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { postConversationMessage } from '../api/post-conversation-message';
import { conversationKey, withMessage } from '../conversation-queries';

export function useSendConversationMessage(requestId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => postConversationMessage(requestId, { body }),
    onSuccess: (message) => {
      queryClient.setQueryData<ConversationMessage[]>(conversationKey(requestId), (thread) => withMessage(thread ?? [], message));
    },
  });
}
