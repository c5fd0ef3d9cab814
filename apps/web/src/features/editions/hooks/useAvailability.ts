import { useQuery } from '@tanstack/react-query';
import { scheduleKeys } from '../../meetings/schedule-queries';
import { getAvailability } from '../api/get-availability';

export function useAvailability(editionId: string, enabled = true) {
  return useQuery({ queryKey: scheduleKeys.availability(editionId), queryFn: ({ signal }) => getAvailability(editionId, signal), enabled });
}
