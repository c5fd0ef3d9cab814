import { useMutation, useQueryClient } from '@tanstack/react-query';
import { scheduleKeys } from '../../meetings/schedule-queries';
import { updateAvailability } from '../api/update-availability';

export function useUpdateAvailability(editionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (unavailableSlotIds: string[]) => updateAvailability(editionId, { unavailableSlotIds }),
    onSuccess: (availability) => queryClient.setQueryData(scheduleKeys.availability(editionId), availability),
  });
}
