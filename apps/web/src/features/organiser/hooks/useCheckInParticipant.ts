import type { Participant } from '@serumpun/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { scheduleKeys } from '../../meetings/schedule-queries';
import { checkInParticipant } from '../api/check-in-participant';

export function useCheckInParticipant(editionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => checkInParticipant(editionId, userId),
    onSuccess: (registration) => {
      // At the door the list must answer at once; the refetch below then confirms it.
      queryClient.setQueriesData<Participant[]>({ queryKey: scheduleKeys.participants(editionId) }, (list) =>
        list?.map((p) => (p.userId === registration.userId ? { ...p, checkedInAt: registration.checkedInAt } : p)),
      );
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: scheduleKeys.participants(editionId) }),
  });
}
