import { useQuery } from '@tanstack/react-query';
import { scheduleKeys } from '../../meetings/schedule-queries';
import { getAgenda } from '../api/get-agenda';

export function useAgenda(editionId: string) {
  return useQuery({ queryKey: scheduleKeys.agenda(editionId), queryFn: ({ signal }) => getAgenda(editionId, signal) });
}
