import { useQuery } from '@tanstack/react-query';
import { scheduleKeys } from '../../meetings/schedule-queries';
import { getEditionUnavailabilities } from '../api/get-edition-unavailabilities';

/** Everyone's unavailable slots, keyed by participant, for the grid's conflict hints. */
export function useEditionUnavailabilities(editionId: string) {
  return useQuery({
    queryKey: [...scheduleKeys.availability(editionId), 'all'] as const,
    queryFn: ({ signal }) => getEditionUnavailabilities(editionId, signal),
    select: (data) => new Map(data.items.map((item) => [item.userId, item.slotIds] as const)),
  });
}
