import { useQuery } from '@tanstack/react-query';
import { getAgendaFeedStatus } from '../api/get-agenda-feed-status';

export const AGENDA_FEED_KEY = ['me', 'agenda-feed'] as const;

export function useAgendaFeedStatus() {
  return useQuery({ queryKey: AGENDA_FEED_KEY, queryFn: ({ signal }) => getAgendaFeedStatus(signal) });
}
