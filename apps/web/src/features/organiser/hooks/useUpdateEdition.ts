import type { UpdateEditionRequest } from '@serumpun/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { refreshSchedule, scheduleKeys } from '../../meetings/schedule-queries';
import { updateEdition } from '../api/update-edition';

export function useUpdateEdition(editionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateEditionRequest) => updateEdition(editionId, body),
    onSuccess: async (edition) => {
      queryClient.setQueryData(['editions', editionId], edition);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['editions'], exact: true }),
        queryClient.invalidateQueries({ queryKey: scheduleKeys.slots(editionId) }),
        queryClient.invalidateQueries({ queryKey: scheduleKeys.tables(editionId) }),
        refreshSchedule(queryClient, editionId),
      ]);
    },
  });
}
