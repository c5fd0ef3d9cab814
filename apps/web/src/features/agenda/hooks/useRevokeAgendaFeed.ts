import { useMutation, useQueryClient } from '@tanstack/react-query';
import { revokeAgendaFeed } from '../api/revoke-agenda-feed';
import { AGENDA_FEED_KEY } from './useAgendaFeedStatus';

export function useRevokeAgendaFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeAgendaFeed,
    onSuccess: () => queryClient.setQueryData(AGENDA_FEED_KEY, { active: false, createdAt: null }),
  });
}
