import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createAgendaFeed } from '../api/create-agenda-feed';
import { AGENDA_FEED_KEY } from './useAgendaFeedStatus';

export function useCreateAgendaFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createAgendaFeed,
    onSuccess: (feed) => queryClient.setQueryData(AGENDA_FEED_KEY, { active: true, createdAt: feed.createdAt }),
  });
}
