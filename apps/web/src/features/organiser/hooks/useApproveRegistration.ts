import { useMutation, useQueryClient } from '@tanstack/react-query';
import { scheduleKeys } from '../../meetings/schedule-queries';
import { approveRegistration } from '../api/approve-registration';

export function useApproveRegistration(editionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => approveRegistration(editionId, userId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: scheduleKeys.participants(editionId) }),
  });
}
