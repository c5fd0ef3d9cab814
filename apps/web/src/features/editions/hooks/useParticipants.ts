import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { scheduleKeys } from '../../meetings/schedule-queries';
import { listParticipants, type ParticipantFilters } from '../api/list-participants';

export function useParticipants(editionId: string, filters: ParticipantFilters = {}, enabled = true) {
  return useQuery({
    queryKey: [...scheduleKeys.participants(editionId), filters],
    queryFn: ({ signal }) => listParticipants(editionId, filters, signal),
    // Changing a filter keeps the current list on screen until the new one arrives.
    placeholderData: keepPreviousData,
    enabled,
  });
}
