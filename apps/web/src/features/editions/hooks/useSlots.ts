import { useQuery } from '@tanstack/react-query';
import { scheduleKeys } from '../../meetings/schedule-queries';
import { listSlots } from '../api/list-slots';

export function useSlots(editionId: string) {
  return useQuery({ queryKey: scheduleKeys.slots(editionId), queryFn: ({ signal }) => listSlots(editionId, signal) });
}
